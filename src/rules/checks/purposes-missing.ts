import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'purposes-missing',
  title: { es: 'Tratamiento sin finalidades', en: 'Processing activity without purposes' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'IV' },
  confidence: 'VERIFIED',
  quote: 'IV. Las finalidades del tratamiento para las cuales se obtienen los datos personales, distinguiendo aquéllas que requieren el consentimiento de la persona titular;',
  defaultSeverity: 'error',
  messages: {
    empty: {
      es: 'El tratamiento «{title}» no enumera sus finalidades.',
      en: 'The activity "{title}" does not list its purposes.',
    },
  },
  docs: {
    checks: { es: 'Que cada tratamiento enumere al menos una finalidad. Que cada finalidad diga si requiere consentimiento lo revisa `purpose-kind-unstated`.', en: 'That every activity lists at least one purpose. Whether each purpose says if it needs consent is checked by `purpose-kind-unstated`.' },
    why: {
      es: 'El art. 21 fr. IV exige informar «las finalidades del tratamiento para las cuales se obtienen los datos personales, distinguiendo aquéllas que requieren el consentimiento».',
      en: 'Art. 21 fr. IV requires stating "the purposes for which the data are obtained, distinguishing those that require consent".',
    },
    fix: { es: 'Agregue cada finalidad en `activities[].purposes` con `type: primary` o `type: secondary`.', en: 'Add each purpose under `activities[].purposes` with `type: primary` or `type: secondary`.' },
  },
  check(ctx) {
    for (const a of ctx.facts.activities) {
      if (Array.isArray(a.value.purposes) && a.value.purposes.length === 0) {
        ctx.report({ messageId: 'empty', data: { title: a.value.title || `#${ctx.facts.activities.indexOf(a) + 1}` }, pointer: `${a.pointer}/purposes` });
      }
    }
    // A purpose that does not say whether it needs consent is purpose-kind-unstated's finding.
  },
});
