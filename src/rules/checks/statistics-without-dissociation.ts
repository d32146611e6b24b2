import { defineRule } from '../define-rule.js';
import { isDeidentified, short } from '../shared/refusal.js';
import { fold } from '../shared/walk.js';

const STATISTICS = /\bestadistic|\binvestigacion(?:es)? (?:cientific|academic|medic|clinic|epidemiolog|social)|\bfines de investigacion\b|\bestudios? (?:cientific|epidemiolog|academic|de investigacion)|\bproyectos? de investigacion\b/;

export default defineRule({
  id: 'statistics-without-dissociation',
  title: { es: 'Estadística o investigación sin consentimiento ni disociación', en: 'Statistics or research without consent or dissociation' },
  citation: { law: 'LGPDPPSO-2025', article: 16, fraction: 'IX' },
  confidence: 'VERIFIED',
  quote:
    'IX. Cuando los datos personales se sometan a un procedimiento previo de disociación, o … Artículo 14. Cuando no se actualicen algunas de las causales de excepción previstas en el artículo 16 de la presente Ley, el responsable deberá contar con el consentimiento previo de la persona titular para el tratamiento de los datos personales',
  defaultSeverity: 'warning',
  messages: {
    identifiable: {
      es: 'La finalidad «{label}» es estadística o de investigación y el aviso la presenta sin consentimiento, pero no dice que use datos disociados (art. 16 fr. IX) ni cita otra excepción del art. 16.',
      en: 'The purpose "{label}" is statistics or research and the notice presents it without consent, but does not say it uses dissociated data (art. 16 fr. IX) nor cite another art. 16 exception.',
    },
  },
  docs: {
    checks: {
      es: 'Que una finalidad de estadística o investigación que el aviso presenta como primaria (sin consentimiento) diga que usa datos disociados o agregados (`deidentified: true`, o palabras como «disociados», «no nominal», «sin identificar a las personas») o cite la excepción del art. 16 en que se apoya (`consentException`). Una finalidad secundaria (con consentimiento y medio para negarse) no se revisa, ni la que el aviso no distingue.',
      en: 'That a statistics or research purpose the notice presents as primary (without consent) says it uses dissociated or aggregated data (`deidentified: true`, or words like "disociados", "no nominal") or cites the art. 16 exception it rests on (`consentException`). A secondary purpose (with consent and a refusal means) is not checked, nor one the notice does not classify.',
    },
    why: {
      es: 'Sin una excepción del art. 16 el tratamiento requiere consentimiento (art. 14). La estadística con datos disociados no lo requiere (art. 16 fr. IX), pero la que usa datos que identifican a las personas sí, salvo que otra fracción del art. 16 aplique (p. ej. una ley que la ordene, fr. I).',
      en: 'Without an art. 16 exception, processing needs consent (art. 14). Statistics on dissociated data do not (art. 16 fr. IX); statistics on identifiable data do, unless another fraction applies (e.g. a law requiring them, fr. I).',
    },
    fix: {
      es: 'Diga que la estadística se hace con datos disociados (`deidentified: true`), o cite la fracción del art. 16 que aplica, o trátela como finalidad secundaria con su medio para negarse.',
      en: 'Say the statistics use dissociated data (`deidentified: true`), or cite the art. 16 fraction that applies, or treat it as a secondary purpose with its refusal means.',
    },
  },
  check(ctx) {
    for (const p of ctx.facts.purposes) {
      if (p.value.type !== 'primary' || isDeidentified(p.value)) continue;
      const text = fold([p.value.text, ...(p.value.items ?? [])].join(' '));
      if (!STATISTICS.test(text)) continue;
      if ((p.value.consentException ?? []).length || ((p.value as { legalBasis?: unknown[] }).legalBasis ?? []).length) continue;
      ctx.report({ messageId: 'identifiable', data: { label: short(p.value.text) }, pointer: `${p.pointer}/text`, target: 'value' });
    }
  },
});
