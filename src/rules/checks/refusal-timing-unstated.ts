import { defineRule } from '../define-rule.js';
import { consentSubjects, mechanismsFor } from '../shared/refusal.js';

export default defineRule({
  id: 'refusal-timing-unstated',
  title: { es: 'No se dice si la negativa es posible antes del tratamiento', en: 'Refusal timing not stated' },
  citation: { law: 'LGPDPPSO-2025', article: 21, paragraph: 'último' },
  confidence: 'VERIFIED',
  quote: 'Los mecanismos y medios a los que se refiere la fracción VIII de este artículo deberán estar disponibles para que la persona titular pueda manifestar su negativa al tratamiento de sus datos personales para las finalidades o transferencias que requieran su consentimiento, previo a que ocurra dicho tratamiento.',
  defaultSeverity: 'info',
  messages: {
    unstated: {
      es: 'El mecanismo de negativa «{id}» no dice si está disponible antes del tratamiento.',
      en: 'The refusal mechanism "{id}" does not say whether it is available before the processing.',
    },
  },
  docs: {
    checks: {
      es: 'Que cada mecanismo de negativa que se usa declare `beforeProcessing: true` (o `false`, que es un error de `refusal-mechanism-missing`).',
      en: 'That every refusal mechanism in use declares `beforeProcessing: true` (or `false`, which `refusal-mechanism-missing` reports as an error).',
    },
    why: {
      es: 'El último párrafo del art. 21 exige que la negativa pueda manifestarse «previo a que ocurra dicho tratamiento»; el aviso debe permitir comprobarlo.',
      en: 'The last paragraph of art. 21 requires refusal to be possible "before the processing occurs"; the notice must let a reader confirm it.',
    },
    fix: {
      es: 'Agregue `beforeProcessing: true` al mecanismo y describa en `description` en qué momento se ofrece.',
      en: 'Add `beforeProcessing: true` to the mechanism and say in `description` when it is offered.',
    },
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const s of consentSubjects(ctx.facts)) {
      for (const m of mechanismsFor(s, ctx.facts).found) {
        if (seen.has(m.pointer) || m.value.viaArcoOpposition === true || m.value.beforeProcessing !== undefined) continue;
        seen.add(m.pointer);
        ctx.report({ messageId: 'unstated', data: { id: m.value.id }, pointer: m.pointer });
      }
    }
  },
});
