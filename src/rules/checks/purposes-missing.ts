import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';

export default defineRule({
  id: 'purposes-missing',
  title: { es: 'Tratamiento sin finalidades', en: 'Processing activity without purposes' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'IV' },
  confidence: 'VERIFIED',
  defaultSeverity: 'error',
  messages: {
    empty: {
      es: 'El tratamiento «{title}» no enumera sus finalidades.',
      en: 'The activity "{title}" does not list its purposes.',
    },
    kindUnstated: {
      es: 'La finalidad «{label}» no dice si requiere el consentimiento del titular (`type: primary` o `secondary`); la ley exige distinguirlo.',
      en: 'The purpose "{label}" does not say whether it needs the data subject\'s consent (`type: primary` or `secondary`); the law requires the distinction.',
    },
  },
  docs: {
    checks: { es: 'Que cada tratamiento enumere al menos una finalidad.', en: 'That every activity lists at least one purpose.' },
    why: {
      es: 'El art. 21 fr. IV exige informar «las finalidades del tratamiento para las cuales se obtienen los datos personales, distinguiendo aquéllas que requieren el consentimiento».',
      en: 'Art. 21 fr. IV requires stating "the purposes for which the data are obtained, distinguishing those that require consent".',
    },
    fix: { es: 'Agregue cada finalidad en `activities[].purposes` con `type: primary` o `type: secondary`.', en: 'Add each purpose under `activities[].purposes` with `type: primary` or `type: secondary`.' },
  },
  check(ctx) {
    for (const a of ctx.facts.activities) {
      if (Array.isArray(a.value.purposes) && a.value.purposes.length === 0) {
        ctx.report({ messageId: 'empty', data: { title: a.value.title ?? '' }, pointer: `${a.pointer}/purposes` });
      }
    }
    for (const p of ctx.facts.purposes) {
      if (p.value.type === undefined) ctx.report({ messageId: 'kindUnstated', data: { label: short(p.value.text) }, pointer: p.pointer });
    }
  },
});
