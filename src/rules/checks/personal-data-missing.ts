import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'personal-data-missing',
  title: { es: 'Tratamiento sin datos personales', en: 'Processing activity without personal data' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'II' },
  confidence: 'VERIFIED',
  quote: 'II. Los datos personales que serán sometidos a tratamiento, identificando aquéllos que son sensibles;',
  defaultSeverity: 'error',
  messages: {
    empty: {
      es: 'El tratamiento «{title}» no enumera los datos personales que se recaban.',
      en: 'The activity "{title}" does not list the personal data it collects.',
    },
  },
  docs: {
    checks: { es: 'Que cada tratamiento enumere al menos un dato personal.', en: 'That every activity lists at least one personal data item.' },
    why: {
      es: 'El art. 21 fr. II exige informar «los datos personales que serán sometidos a tratamiento, identificando aquéllos que son sensibles».',
      en: 'Art. 21 fr. II requires stating "the personal data that will be processed, identifying the sensitive ones".',
    },
    fix: { es: 'Agregue los datos en `activities[].data`, uno por elemento, con su `category`.', en: 'Add the data under `activities[].data`, one per item, with its `category`.' },
  },
  check(ctx) {
    for (const a of ctx.facts.activities) {
      const absent = a.value.data === undefined && ctx.notice.kind !== 'simplified';
      if (absent || (Array.isArray(a.value.data) && a.value.data.length === 0)) {
        ctx.report({ messageId: 'empty', data: { title: a.value.title || `#${ctx.facts.activities.indexOf(a) + 1}` }, pointer: `${a.pointer}/data` });
      }
    }
  },
});
