/**
 * The library behind the `notice` command: the same runner, gate and outputs as the CLI.
 *
 *   import { check, build, loadConfig } from '@notice-avisos/notice';
 *   const result = await check({ cwd: 'avisos', today: '2026-01-15' });
 *   if (!result.passed) process.exitCode = 1;
 */
export { check, type CheckOptions, type CheckResult } from './api/check.js';
export { build, type BuildOptions, type BuildResult, type NoticeOutcome } from './api/build.js';
export type { BaselineOptions } from './api/baseline.js';
export type { WorkspaceOptions } from './api/workspace.js';
export { loadConfig, type LoadConfigOptions } from './config/load-config.js';
export type { WorkspaceConfig, ConfigFile, FormatName, RuleSetting } from './config/types.js';
export { runNotices, type RunRequest } from './pipeline/run.js';
export type { NoticeOptions, EmitOptions, NoticeRun, RunResult, RunSource, RunCache, ProcessedNotice, NoticeMeta, NoticeStatus } from './pipeline/types.js';
export type { Diagnostic, Severity, Citation, Confidence, Position, Range, Lang, OutputFile } from './diagnostics/diagnostic.js';
export { CATALOGUE, type CatalogueCode, type CodeEntry } from './diagnostics/catalogue/index.js';
export { gateFails, type Thresholds } from './diagnostics/gate.js';
export { formatCitation } from './diagnostics/citation.js';
export { REPORTERS, reporterNames } from './report/registry.js';
export type { Reporter, ReportInput } from './report/types.js';
export { RULESETS, RULESET_IDS, appliedRules } from './rules/rulesets.js';
export { RULE_IDS, getRule } from './rules/registry.js';
export type { RulesetId, RuleDefinition } from './rules/types.js';
export type { Notice } from './model/notice.js';
export { UsageError, ConfigError, InternalError } from './errors.js';
export { toolVersion } from './version.js';
