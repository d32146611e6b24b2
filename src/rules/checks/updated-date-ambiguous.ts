import { defineRule } from '../define-rule.js';
import { LAW_2025_IN_FORCE } from '../select-ruleset.js';

export default defineRule({
  id: 'updated-date-ambiguous',
  title: { es: 'Fecha de actualización ambigua entre leyes', en: 'Update date ambiguous between laws' },
  citation: { law: 'LGPDPPSO-2025', article: 20, paragraph: 'primero' },
  confidence: 'UNVERIFIED',
  defaultSeverity: 'warning',
  messages: {
    month: {
      es: 'La fecha {date} solo da el mes: en marzo de 2025 cambió la ley (21-03-2025), así que no se sabe si el aviso se rige por la de 2017 o la de 2025.',
      en: 'The date {date} gives only the month: the law changed in March 2025 (21-03-2025), so it is unclear whether the notice follows the 2017 or the 2025 law.',
    },
  },
  docs: {
    checks: { es: 'Que un aviso con `updated: 2025-03` (solo mes) declare el día exacto o la ley aplicable (`law`).', en: 'That a notice with `updated: 2025-03` (month only) gives the exact day or declares its law (`law`).' },
    why: {
      es: 'La LGPDPPSO de 2025 entró en vigor el 21-03-2025 (transitorio Primero) y abrogó la de 2017. Un aviso de «marzo de 2025» pudo redactarse con cualquiera de las dos; las citas y la autoridad cambian.',
      en: 'The 2025 LGPDPPSO entered into force on 21-03-2025 (transitorio Primero) and abrogated the 2017 law. A "March 2025" notice may have been drafted under either; citations and authority differ.',
    },
    fix: { es: 'Escriba la fecha completa (`updated: 2025-03-28`) o agregue `law: LGPDPPSO-2025`.', en: 'Write the full date (`updated: 2025-03-28`) or add `law: LGPDPPSO-2025`.' },
  },
  check(ctx) {
    const u = ctx.notice.updated;
    if (u === LAW_2025_IN_FORCE.slice(0, 7) && !ctx.notice.law) ctx.report({ messageId: 'month', data: { date: u }, pointer: '/updated', target: 'value' });
  },
});
