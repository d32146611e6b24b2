import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import type { ParsedSource } from '../source/parse-yaml.js';
import { effectiveSeverity, todayUtc, toDiagnostic } from './run-rules.js';
import { appliedRules, RULESETS } from './rulesets.js';
import { selectRuleset } from './select-ruleset.js';
import { applySuppressions } from './suppressions.js';
import type { RulesetId, SeverityOverrides, WorkspaceNotice } from './types.js';

/** What the workspace pass needs of each checked notice (CheckedNotice satisfies it). */
export interface WorkspaceInput {
  file: string;
  source: ParsedSource;
  notice?: Notice;
  ruleset?: RulesetId;
}

export interface WorkspaceOptions {
  lang?: Lang;
  today?: string;
  overrides?: SeverityOverrides;
}

/**
 * Rules across notices (e.g. one controller, one Transparency Unit address). Each finding is
 * reported on a notice, with that notice's ruleset severity and citation and its suppressions.
 */
export function runWorkspaceRules(checked: readonly WorkspaceInput[], options: WorkspaceOptions = {}): Diagnostic[] {
  const lang = options.lang ?? 'es';
  const today = options.today ?? todayUtc();
  const byFile = new Map<string, WorkspaceInput & { notice: Notice; ruleset: RulesetId }>();
  for (const c of checked) {
    if (!c.notice || typeof c.notice !== 'object') continue;
    byFile.set(c.file, { ...c, notice: c.notice, ruleset: c.ruleset ?? selectRuleset(c.notice).ruleset });
  }
  const notices: WorkspaceNotice[] = [...byFile.values()].map((c) => ({ file: c.file, notice: c.notice }));
  const findings = new Map<string, Diagnostic[]>();
  const workspaceRules = new Set<string>();
  for (const applied of appliedRules('lgpdppso-2025')) {
    const check = applied.rule.checkWorkspace;
    if (!check) continue;
    workspaceRules.add(applied.rule.id);
    check({
      notices,
      lang,
      report: (r) => {
        const target = byFile.get(r.file);
        if (!target) return;
        const inRuleset = appliedRules(target.ruleset).find((a) => a.rule.id === applied.rule.id);
        if (!inRuleset) return;
        const severity = effectiveSeverity(inRuleset, options.overrides);
        if (severity === 'off') return;
        const list = findings.get(r.file) ?? [];
        list.push(toDiagnostic(inRuleset, severity, r, r.file, target.source, lang));
        findings.set(r.file, list);
      },
    });
  }
  const out: Diagnostic[] = [];
  for (const c of byFile.values()) {
    const list = findings.get(c.file) ?? [];
    const scope = (id: string): boolean => workspaceRules.has(id) && Boolean(RULESETS[c.ruleset].rules[id]);
    out.push(...list, ...applySuppressions(list, { file: c.file, notice: c.notice, source: c.source, lang, today, scope, reportUnknown: false }));
  }
  return out;
}
