import { atLeast } from '../diagnostics/collect.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';

/**
 * Codes that describe the run rather than the notice (which ruleset was applied). They are
 * reported, but never count toward --fail-on or --max-warnings: otherwise `--fail-on info`
 * would fail every notice.
 */
export const RUN_INFO_CODES: ReadonlySet<string> = new Set(['RULESET-SELECTED']);

/** True when a finding counts for the CI gate: not suppressed and not a run note. */
export function countsForGate(d: Diagnostic): boolean {
  return !d.suppressed && !RUN_INFO_CODES.has(d.code);
}

/** True when this finding alone fails the gate at the given threshold. */
export function failsGate(d: Diagnostic, failOn: Severity): boolean {
  return countsForGate(d) && atLeast(d.severity, failOn);
}

/**
 * Findings about the notices, without run notes. CI formats (github, gitlab, junit, markdown,
 * sarif) leave run notes out: one per notice would flood annotations and alerts. The ruleset of
 * each notice is still reported (SARIF artifact properties, JSON `files[].ruleset`, stylish).
 */
export function noticeFindings<T extends Diagnostic>(list: readonly T[]): T[] {
  return list.filter((d) => !RUN_INFO_CODES.has(d.code));
}
