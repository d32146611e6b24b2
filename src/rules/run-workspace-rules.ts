import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import type { ParsedSource } from '../source/parse-yaml.js';
import { effectiveSeverity, toDiagnostic } from './run-rules.js';
import { appliedRules, RULESETS } from './rulesets.js';
import { selectRuleset, type Evaluation } from './select-ruleset.js';
import { applySuppressions } from './suppressions.js';
import type { SeverityOverrides, WorkspaceNotice } from './types.js';

/** What the workspace pass needs of each notice that passed the schema. */
export interface WorkspaceInput {
  file: string;
  source: ParsedSource;
  notice: Notice;
}

export interface WorkspaceOptions {
  lang: Lang;
  evaluation: Evaluation;
  overrides?: SeverityOverrides;
}

/**
 * Rules across notices (e.g. one controller, one Transparency Unit address). Each finding is
 * reported on a notice, with the ruleset's severity and citation and that notice's suppressions;
 * the other notices it involves are named in `related` (so `--changed` can report a finding on an
 * unchanged notice that a changed one caused). Only notices that passed the schema take part: the
 * rules rely on the model's types.
 */
export function runWorkspaceRules(inputs: readonly WorkspaceInput[], options: WorkspaceOptions): Diagnostic[] {
  const { lang } = options;
  const ruleset = selectRuleset(options.evaluation).ruleset;
  const byFile = new Map(inputs.map((c) => [c.file, c]));
  const notices: WorkspaceNotice[] = inputs.map((c) => ({ file: c.file, notice: c.notice }));
  const findings = new Map<string, Diagnostic[]>();
  const workspaceRules = new Set<string>();
  for (const applied of appliedRules(ruleset)) {
    const check = applied.rule.checkWorkspace;
    if (!check) continue;
    workspaceRules.add(applied.rule.id);
    const severity = effectiveSeverity(applied, options.overrides);
    if (severity === 'off') continue;
    check({
      notices,
      lang,
      report: (r) => {
        const target = byFile.get(r.file);
        if (!target) return;
        const d = toDiagnostic(applied, severity, r, r.file, target.source, lang);
        const related = (r.related ?? []).filter((f) => f !== r.file && byFile.has(f));
        if (related.length > 0) d.related = [...new Set(related)].sort();
        const list = findings.get(r.file) ?? [];
        list.push(d);
        findings.set(r.file, list);
      },
    });
  }
  const out: Diagnostic[] = [];
  const scope = (id: string): boolean => workspaceRules.has(id) && Boolean(RULESETS[ruleset].rules[id]);
  for (const c of inputs) {
    const list = findings.get(c.file) ?? [];
    out.push(...list, ...applySuppressions(list, { file: c.file, notice: c.notice, source: c.source, lang, today: options.evaluation.today, scope, reportUnknown: false }));
  }
  return out;
}
