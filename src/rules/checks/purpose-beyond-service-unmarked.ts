import { BEYOND_SERVICE_KEYWORDS, keywordRegex } from '../data/keywords.js';
import { defineRule } from '../define-rule.js';
import { isDeidentified, short } from '../shared/refusal.js';
import { fold } from '../shared/walk.js';

const BEYOND = keywordRegex(BEYOND_SERVICE_KEYWORDS);

export default defineRule({
  id: 'purpose-beyond-service-unmarked',
  title: { es: 'Finalidad ajena al servicio no marcada como secundaria', en: 'Purpose beyond the service not marked secondary' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'IV' },
  confidence: 'VERIFIED',
  quote: 'IV. Las finalidades del tratamiento para las cuales se obtienen los datos personales, distinguiendo aquéllas que requieren el consentimiento de la persona titular;',
  defaultSeverity: 'warning',
  messages: {
    primary: {
      es: 'La finalidad «{label}» va más allá del servicio solicitado («{keyword}»), pero está marcada como primaria: requiere consentimiento y un medio para negarse.',
      en: 'The purpose "{label}" goes beyond the service requested ("{keyword}") but is marked primary: it needs consent and a means to refuse.',
    },
    unstated: {
      es: 'La finalidad «{label}» va más allá del servicio solicitado («{keyword}») y el aviso no la distingue como secundaria: requiere consentimiento y un medio para negarse.',
      en: 'The purpose "{label}" goes beyond the service requested ("{keyword}") and the notice does not set it apart as secondary: it needs consent and a means to refuse.',
    },
    inUse: {
      es: 'El uso del dato «{name}» incluye una finalidad ajena al servicio («{keyword}») que no aparece como finalidad secundaria.',
      en: 'The use of "{name}" includes a purpose beyond the service ("{keyword}") that is not listed as a secondary purpose.',
    },
  },
  docs: {
    checks: {
      es: 'Que las finalidades que van más allá del servicio solicitado (encuestas de calidad, mensajes informativos de otros trámites, difusión, promoción…) estén marcadas `type: secondary`, también cuando aparecen en el uso de un dato. La lista de palabras está en `src/rules/data/keywords.ts`.',
      en: 'That purposes beyond the service requested (quality surveys, messages about other services, outreach, promotion…) are marked `type: secondary`, also when they appear in a data item\'s use. The word list is in `src/rules/data/keywords.ts`.',
    },
    why: {
      es: 'El art. 21 fr. IV exige distinguir las finalidades que requieren consentimiento. Lo que no es necesario para el servicio que la persona pidió no se apoya en las atribuciones del responsable (art. 12) y requiere consentimiento, con un medio para negarse (fr. VIII).',
      en: 'Art. 21 fr. IV requires distinguishing the purposes that need consent. What is not necessary for the service requested does not rest on the controller\'s attributions (art. 12) and needs consent, with a means to refuse (fr. VIII).',
    },
    fix: {
      es: 'Marque la finalidad como `type: secondary`, agregue su mecanismo de negativa y quítela del uso del dato; o, si de verdad es parte del servicio, silencie el hallazgo con una justificación.',
      en: 'Mark the purpose `type: secondary`, add its refusal mechanism and remove it from the data item\'s use; or, if it really is part of the service, suppress the finding with a reason.',
    },
  },
  check(ctx) {
    const secondaryText = ctx.facts.purposes.filter((p) => p.value.type === 'secondary').map((p) => fold(String(p.value.text ?? ''))).join('\n');
    const flagged = new Set<string>();
    // A newsletter form's newsletter is the service itself: the keyword in the activity's or the
    // notice's title means the purpose is what the person asked for.
    const service = (activity: number): string => fold([ctx.notice.title, ctx.facts.activities[activity]?.value.title].filter((x) => typeof x === 'string').join(' '));
    for (const p of ctx.facts.purposes) {
      if (p.value.type === 'secondary' || isDeidentified(p.value)) continue;
      const m = BEYOND.exec(fold([p.value.text, ...(p.value.items ?? [])].join(' ')));
      if (!m || service(p.activity).includes(m[0])) continue;
      flagged.add(`${p.activity}\u0000${m[0]}`);
      // «Marcada como primaria» only when the notice says so; an unstated kind is not a choice.
      if (p.value.type === 'primary') ctx.report({ messageId: 'primary', data: { label: short(p.value.text), keyword: m[0] }, pointer: `${p.pointer}/type`, target: 'value' });
      else ctx.report({ messageId: 'unstated', data: { label: short(p.value.text), keyword: m[0] }, pointer: `${p.pointer}/text`, target: 'value' });
    }
    for (const d of ctx.facts.data) {
      if (typeof d.value.use !== 'string') continue;
      const m = BEYOND.exec(fold(d.value.use));
      // Already reported on a purpose of the same activity: one finding is enough.
      if (m && !secondaryText.includes(m[0]) && !flagged.has(`${d.activity}\u0000${m[0]}`)) {
        ctx.report({ messageId: 'inUse', data: { name: short(d.value.name), keyword: m[0] }, pointer: `${d.pointer}/use`, target: 'value' });
      }
    }
  },
});
