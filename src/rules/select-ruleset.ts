import type { Lang } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import type { RulesetId } from './types.js';

/** The 2025 law entered into force on this day (transitorio Primero, DOF 20-03-2025). */
export const LAW_2025_IN_FORCE = '2025-03-21';

export type SelectionReason = 'declared' | 'forced' | 'date' | 'ambiguous-month' | 'no-date';

export interface RulesetSelection {
  ruleset: RulesetId;
  reason: SelectionReason;
}

/**
 * Detect which law the notice is written under before linting: the declared `law` wins; otherwise
 * the update date decides. A month-only date of March 2025 could be either law: the law in force
 * now is assumed, and the date rule says so.
 */
export function selectRuleset(notice: Partial<Notice>, forced?: RulesetId): RulesetSelection {
  if (forced) return { ruleset: forced, reason: 'forced' };
  if (notice.law === 'LGPDPPSO-2017') return { ruleset: 'lgpdppso-2017', reason: 'declared' };
  if (notice.law === 'LGPDPPSO-2025') return { ruleset: 'lgpdppso-2025', reason: 'declared' };
  const updated = typeof notice.updated === 'string' ? notice.updated : '';
  if (!/^\d{4}-\d{2}/.test(updated)) return { ruleset: 'lgpdppso-2025', reason: 'no-date' };
  if (updated.length === 7) {
    if (updated === LAW_2025_IN_FORCE.slice(0, 7)) return { ruleset: 'lgpdppso-2025', reason: 'ambiguous-month' };
    return { ruleset: updated > LAW_2025_IN_FORCE ? 'lgpdppso-2025' : 'lgpdppso-2017', reason: 'date' };
  }
  return { ruleset: updated >= LAW_2025_IN_FORCE ? 'lgpdppso-2025' : 'lgpdppso-2017', reason: 'date' };
}

const REASONS: Record<SelectionReason, Record<Lang, string>> = {
  declared: { es: 'declarado en `law`', en: 'declared in `law`' },
  forced: { es: 'elegido con --ruleset', en: 'chosen with --ruleset' },
  date: { es: 'según la fecha de actualización', en: 'from the update date' },
  'ambiguous-month': {
    es: 'la fecha 2025-03 no distingue entre leyes; se supone la vigente',
    en: 'the date 2025-03 does not tell the laws apart; the law in force is assumed',
  },
  'no-date': { es: 'sin fecha de actualización; se supone la ley vigente', en: 'no update date; the law in force is assumed' },
};

export function reasonText(reason: SelectionReason, lang: Lang): string {
  return REASONS[reason][lang];
}
