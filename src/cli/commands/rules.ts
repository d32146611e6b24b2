import { formatCitation } from '../../diagnostics/citation.js';
import type { Lang } from '../../diagnostics/diagnostic.js';
import { docsUrlFor } from '../../diagnostics/docs.js';
import { appliedRules, RULESETS } from '../../rules/rulesets.js';
import type { RulesetId } from '../../rules/types.js';
import type { CliIo } from '../io-context.js';

export interface RulesFlags {
  ruleset: RulesetId;
  format: 'stylish' | 'json';
  lang: Lang;
}

/** `notice rules`: every rule of a ruleset with its citation, confidence and severity. */
export function runRules(flags: RulesFlags, io: CliIo): number {
  const rs = RULESETS[flags.ruleset];
  const rows = appliedRules(flags.ruleset).map((a) => ({
    id: a.rule.id,
    severity: a.severity,
    citation: a.citation,
    confidence: a.confidence,
    title: a.rule.title[flags.lang],
    scope: a.rule.checkWorkspace ? 'workspace' : 'notice',
    docsUrl: docsUrlFor(a.rule.id),
  }));
  if (flags.format === 'json') {
    io.stdout(JSON.stringify({ ruleset: rs.id, law: rs.law, title: rs.title[flags.lang], rules: rows }, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  const lines = [`${rs.title[flags.lang]} — ${rows.length} ${flags.lang === 'es' ? 'reglas' : 'rules'}`, ''];
  for (const r of rows) {
    lines.push(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.confidence.padEnd(12)}  ${formatCitation(r.citation, flags.lang)}`);
    lines.push(`${' '.repeat(width)}  ${r.title}`);
  }
  io.stdout(lines.join('\n') + '\n');
  return 0;
}
