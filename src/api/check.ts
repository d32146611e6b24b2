import { resolve } from 'node:path';
import type { WorkspaceConfig } from '../config/types.js';
import { sortDiagnostics } from '../diagnostics/collect.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { gateFails, type Thresholds } from '../diagnostics/gate.js';
import { UsageError } from '../errors.js';
import { changedFiles, selectChanged } from '../io/git.js';
import { workspacePath } from '../io/find-notices.js';
import { readSources } from '../io/read-sources.js';
import { runNotices } from '../pipeline/run.js';
import type { NoticeRun } from '../pipeline/types.js';
import type { RulesetId } from '../rules/types.js';
import { toolBuildId, toolVersion } from '../version.js';
import { resolveBaseline, settleBaseline, type BaselineOptions } from './baseline.js';
import { evaluationFor } from './evaluation.js';
import { openConfig, openWorkspace, runCacheFor, widenToWorkspace, type Workspace, type WorkspaceOptions } from './workspace.js';
import { LazyTexts } from '../util/lazy-texts.js';

export interface CheckOptions extends WorkspaceOptions {
  /** YYYY-MM-DD; default: today's date (UTC), read once. Set it for reproducible runs. */
  today?: string;
  /** YYYY-MM-DD: a historical audit under the law in force on that date. */
  asOf?: string;
  /**
   * Report only notices changed against the default branch (true) or a git ref (`since`). Every
   * notice is still checked, so the rules across notices see the whole workspace.
   */
  changed?: boolean | { since?: string };
  /** Environment for git (CI base-branch variables); default: process.env. */
  env?: Record<string, string | undefined>;
  /** Use the cache in the config's cacheDir (default true). */
  cache?: boolean;
  /** Worker threads (default: one per core when there are many notices). */
  jobs?: number;
  thresholds?: Thresholds;
  baseline?: BaselineOptions;
  onProgress?: (phase: 'check' | 'compile', done: number, total: number) => void;
  /**
   * Check this text instead of the workspace's files (`notice check -`): one notice, reported
   * under `file` (workspace-relative), judged with the workspace's config.
   */
  source?: { file: string; text: string };
}

export interface CheckResult {
  config: WorkspaceConfig;
  /** The reported notices (all, the named ones, or the changed ones), workspace-relative. */
  files: string[];
  /** Findings on the reported notices, after suppressions and baseline, sorted. */
  diagnostics: Diagnostic[];
  /** Source text per reported file, for code frames. */
  sources: Map<string, string>;
  /** Ruleset each reported notice was judged with. */
  rulesets: Map<string, RulesetId>;
  notices: NoticeRun[];
  /** A notice could not be read: the command exits 2 whatever the findings. */
  ioFailure: boolean;
  /** The findings pass the gate (--fail-on, --max-warnings, after the baseline). */
  passed: boolean;
  /** With `changed`: what was compared and selected. */
  selection?: { base: string; all: boolean; selected: number; total: number };
  baselineWritten?: { file: string; entries: number };
}

/** `notice check` as a library call: the same runner, gate and baseline as the command. */
export async function check(o: CheckOptions = {}): Promise<CheckResult> {
  const evaluation = evaluationFor(o.today, o.asOf);
  const thresholds = o.thresholds ?? { failOn: 'error' };
  if (o.changed && o.baseline?.write !== undefined) throw new UsageError('--write-baseline registra todos los avisos; no se combina con --changed ni --since.', { en: '--write-baseline records every notice; it does not combine with --changed or --since.' });
  if (o.source && o.changed) throw new UsageError('La entrada estándar no se combina con --changed ni --since.', { en: 'Standard input does not combine with --changed or --since.' });
  const ws: Workspace = o.source ? { ...(await openConfig(o)), files: [] } : await widenToWorkspace(await openWorkspace(o), o);
  const { config, cwd } = ws;
  const baseline = await resolveBaseline(o.baseline ?? {}, cwd);
  let reported: Set<string> | undefined = ws.named ? new Set(ws.named.map((f) => workspacePath(cwd, f))) : undefined;
  let selection: CheckResult['selection'];
  if (o.changed) {
    const changed = changedFiles(cwd, o.env ?? process.env, typeof o.changed === 'object' ? o.changed.since : undefined);
    const extra = [config.file, baseline.file ? resolve(cwd, baseline.file) : undefined].filter((f): f is string => f !== undefined);
    const sel = selectChanged(ws.named ?? ws.files, changed, extra);
    reported = new Set(sel.files.map((f) => workspacePath(cwd, f)));
    selection = { base: changed.base, all: sel.all, selected: sel.files.length, total: (ws.named ?? ws.files).length };
  }
  const run = await runNotices({
    sources: o.source ? [o.source] : readSources(ws.files, cwd, 'bytes'),
    options: { lang: config.lang, evaluation, rules: config.rules, ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}) },
    toolVersion: toolBuildId(),
    cache: runCacheFor(config, toolBuildId(), o.cache ?? true),
    ...(reported ? { report: reported } : {}),
    ...(o.jobs !== undefined ? { jobs: o.jobs } : {}),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  });
  const notices = reported ? run.notices.filter((n) => reported.has(n.file)) : run.notices;
  const files = notices.map((n) => n.file);
  // Texts are decoded only when read (code frames, SARIF hashes): a JSON report of a re-check never does.
  const sources: Map<string, string> = new LazyTexts(notices.filter((n) => n.sha256 !== undefined).map((n) => [n.file, n] as const));
  const rulesets = new Map(notices.filter((n) => n.result.ruleset).map((n) => [n.file, n.result.ruleset!]));
  const found = reported ? reportedFindings(run.notices, reported, sources) : run.diagnostics;
  const settled = await settleBaseline(found, baseline, { cwd, lang: config.lang, failOn: thresholds.failOn, toolVersion: toolVersion(), files, sources, ...(o.baseline?.reason ? { reason: o.baseline.reason } : {}) });
  const diagnostics = sortDiagnostics(settled.diagnostics);
  return {
    config,
    files,
    diagnostics,
    sources,
    rulesets,
    notices,
    ioFailure: notices.some((n) => n.ioError),
    passed: !gateFails(diagnostics, thresholds),
    ...(selection ? { selection } : {}),
    ...(settled.written ? { baselineWritten: settled.written } : {}),
  };
}

/**
 * Under --changed: the findings of the changed notices, plus findings across notices on unchanged
 * ones that a changed notice is part of (the pull request fails, not main afterwards).
 */
function reportedFindings(all: readonly NoticeRun[], reported: ReadonlySet<string>, sources: Map<string, string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const n of all) {
    for (const d of n.result.diagnostics) {
      if (reported.has(n.file)) out.push(d);
      else if (d.related?.some((f) => reported.has(f))) {
        out.push(d);
        if (n.sha256 !== undefined) sources.set(n.file, n.text!);
      }
    }
  }
  return out;
}
