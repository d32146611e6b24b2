import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'updated-date-future',
  title: { es: 'Fecha de actualización en el futuro', en: 'Update date in the future' },
  citation: { law: 'LGPDPPSO-2025', article: 20, paragraph: 'primero' },
  confidence: 'UNVERIFIED',
  defaultSeverity: 'info',
  messages: {
    future: { es: 'La fecha de actualización {date} es posterior a hoy ({today}).', en: 'The update date {date} is after today ({today}).' },
  },
  docs: {
    checks: { es: 'Que `updated` no sea posterior a la fecha del día (para una fecha solo con mes, que el mes no sea posterior).', en: 'That `updated` is not after today (for a month-only date, that the month is not later).' },
    why: {
      es: 'La fecha de actualización dice a la persona qué versión del aviso conoció antes del tratamiento (arts. 14 fr. III y 20 ¶1). Una fecha futura es un error de captura o un aviso que aún no rige. La fecha no es un elemento del art. 21: de ahí la severidad.',
      en: 'The update date tells people which version of the notice they saw before the processing (arts. 14 fr. III and 20 ¶1). A future date is a typo or a notice not yet in force. The date is not an art. 21 element: hence the severity.',
    },
    fix: { es: 'Corrija `updated` con la fecha real de la última modificación (AAAA-MM-DD).', en: 'Set `updated` to the real date of the last change (YYYY-MM-DD).' },
  },
  check(ctx) {
    const u = ctx.notice.updated;
    if (typeof u !== 'string' || !/^\d{4}-\d{2}/.test(u)) return;
    const future = u.length === 7 ? u > ctx.today.slice(0, 7) : u > ctx.today;
    if (future) ctx.report({ messageId: 'future', data: { date: u, today: ctx.today }, pointer: '/updated', target: 'value' });
  },
});
