import { LGPDPPSO_2017 } from './lgpdppso-2017/index.js';
import { LGPDPPSO_2025 } from './lgpdppso-2025/index.js';
import { getRule } from './registry.js';
import type { Citation, Confidence, Severity } from '../diagnostics/diagnostic.js';
import type { RuleDefinition, Ruleset, RulesetId } from './types.js';

export const RULESETS: Record<RulesetId, Ruleset> = {
  'lgpdppso-2025': LGPDPPSO_2025,
  'lgpdppso-2017': LGPDPPSO_2017,
};

export const RULESET_IDS = Object.keys(RULESETS) as RulesetId[];

export function isRulesetId(id: string): id is RulesetId {
  return id in RULESETS;
}

/** A rule as a ruleset applies it: its severity, and the citation under that ruleset's law. */
export interface AppliedRule {
  rule: RuleDefinition<string>;
  severity: Severity;
  citation: Citation;
  confidence: Confidence;
}

const cache = new Map<RulesetId, AppliedRule[]>();

/** The ruleset's rules in id order (computed once per ruleset). */
export function appliedRules(id: RulesetId): AppliedRule[] {
  const hit = cache.get(id);
  if (hit) return hit;
  const rs = RULESETS[id];
  const list = Object.keys(rs.rules)
    .sort()
    .map((ruleId) => {
      const rule = getRule(ruleId);
      if (!rule) throw new Error(`Ruleset ${id} names an unknown rule: ${ruleId}`);
      const entry = rs.rules[ruleId]!;
      return { rule, severity: entry.severity, citation: entry.citation ?? rule.citation, confidence: entry.confidence ?? rule.confidence };
    });
  cache.set(id, list);
  return list;
}
