import { ruleMetadata } from '../../rules/rule-info.js';
import { appliedRules, RULESETS } from '../../rules/rulesets.js';
import type { RulesetId } from '../../rules/types.js';
import type { RuleInfo } from '../../report/types.js';

/**
 * Metadata for reporters that list rules (SARIF `rules`, JUnit cases): every rule of every ruleset
 * used in this run (the first ruleset's severity and citation win) plus the non-rule codes, and
 * the ids of the rules each ruleset runs.
 */
export function ruleInfos(rulesets: Iterable<RulesetId>): { rules: RuleInfo[]; byRuleset: Map<RulesetId, string[]> } {
  const rules = new Map<string, RuleInfo>();
  const byRuleset = new Map<RulesetId, string[]>();
  for (const id of [...new Set(rulesets)].sort()) {
    if (!(id in RULESETS)) continue;
    byRuleset.set(id, appliedRules(id).map((a) => a.rule.id));
    for (const r of ruleMetadata(id)) if (!rules.has(r.id)) rules.set(r.id, r);
  }
  return { rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), byRuleset };
}
