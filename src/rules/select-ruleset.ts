import type { Lang } from '../diagnostics/diagnostic.js';
import type { RulesetId } from './types.js';

/** The 2025 law entered into force on this day (transitorio Primero, DOF 20-03-2025). */
export const LAW_2025_IN_FORCE = '2025-03-21';

/** The date a notice is judged at: today (the law in force) or a historical audit date (--as-of). */
export interface Evaluation {
  /** YYYY-MM-DD: the run's "today", an input of the run, never read inside a rule. */
  today: string;
  /** YYYY-MM-DD: a historical audit ("how did it stand under the law then"); absent in a normal run. */
  asOf?: string;
}

export type SelectionReason = 'in-force' | 'as-of';

export interface RulesetSelection {
  ruleset: RulesetId;
  reason: SelectionReason;
  /** The date whose law in force was applied. */
  date: string;
}

/** The ruleset of the law in force on a date. */
export function rulesetInForce(date: string): RulesetId {
  return date >= LAW_2025_IN_FORCE ? 'lgpdppso-2025' : 'lgpdppso-2017';
}

/**
 * The law in force judges every notice checked today, whatever its update date or its `law:` says
 * (an old notice still online is judged under the 2025 law, and its old citations are findings).
 * Only an explicit historical audit (`asOf`) applies the law in force on another date.
 */
export function selectRuleset(evaluation: Evaluation): RulesetSelection {
  if (evaluation.asOf) return { ruleset: rulesetInForce(evaluation.asOf), reason: 'as-of', date: evaluation.asOf };
  return { ruleset: rulesetInForce(evaluation.today), reason: 'in-force', date: evaluation.today };
}

/** The date rules compare against: the audit date in a historical audit, else today. */
export function evaluationDate(evaluation: Evaluation): string {
  return evaluation.asOf ?? evaluation.today;
}

export function reasonText(selection: RulesetSelection, lang: Lang): string {
  if (selection.reason === 'as-of') {
    return lang === 'es'
      ? `auditoría histórica: la ley vigente el ${selection.date}; lo revisado así nunca se publica como definitivo`
      : `historical audit: the law in force on ${selection.date}; nothing checked this way is published as final`;
  }
  return lang === 'es' ? `la ley vigente el ${selection.date}` : `the law in force on ${selection.date}`;
}
