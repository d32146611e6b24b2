import type { RuleInfo } from '../diagnostics/diagnostic.js';
import { docsUrlFor } from '../diagnostics/docs.js';
import { CATALOGUE, type CodeEntry } from '../diagnostics/catalogue/index.js';
import { appliedRules } from './rulesets.js';
import type { RulesetId } from './types.js';

/** A rule's or code's report metadata, always with its docs link. */
export type RuleMetadata = RuleInfo & { docsUrl: string };

/**
 * Metadata of every rule of a ruleset (citation, confidence and severity as that ruleset applies
 * them) plus every non-rule code, sorted by id. Pass it as ReportInput.rules.
 */
export function ruleMetadata(ruleset: RulesetId = 'lgpdppso-2025'): RuleMetadata[] {
  const rules: RuleMetadata[] = appliedRules(ruleset).map((a) => ({
    id: a.rule.id,
    title: a.rule.title,
    description: a.rule.docs.checks,
    citation: a.citation,
    confidence: a.confidence,
    defaultSeverity: a.severity,
    docsUrl: docsUrlFor(a.rule.id),
  }));
  const codes: RuleMetadata[] = (Object.entries(CATALOGUE) as [string, CodeEntry][])
    .filter(([, e]) => !e.variantOf && !e.fatal)
    .map(([id, e]) => ({ id, title: e.title, description: e.what, defaultSeverity: e.severity, docsUrl: docsUrlFor(id) }));
  return [...rules, ...codes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
