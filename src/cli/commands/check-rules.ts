import { docsUrlFor } from '../../diagnostics/docs.js';
import { appliedRules, RULESETS } from '../../rules/rulesets.js';
import type { RulesetId } from '../../rules/types.js';
import type { RuleInfo } from '../../report/types.js';

/**
 * Metadata of the rules that ran, for reporters that list rules (SARIF `rules`, JUnit cases):
 * the rules of every ruleset used in this run, with the first ruleset's severity and citation.
 */
export function ruleInfos(rulesets: Iterable<RulesetId>): { rules: RuleInfo[]; byRuleset: Map<RulesetId, string[]> } {
  const rules = new Map<string, RuleInfo>();
  const byRuleset = new Map<RulesetId, string[]>();
  for (const id of [...new Set(rulesets)].sort()) {
    if (!(id in RULESETS)) continue;
    const applied = appliedRules(id);
    byRuleset.set(id, applied.map((a) => a.rule.id));
    for (const a of applied) {
      if (rules.has(a.rule.id)) continue;
      rules.set(a.rule.id, {
        id: a.rule.id,
        title: a.rule.title,
        description: a.rule.docs.checks,
        citation: a.citation,
        confidence: a.confidence,
        defaultSeverity: a.severity,
        docsUrl: docsUrlFor(a.rule.id),
      });
    }
  }
  return { rules: [...rules.values()], byRuleset };
}
