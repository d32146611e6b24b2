import { RUN_NOTE_CODES } from './catalogue/index.js';
import { atLeast } from './collect.js';
import type { Diagnostic, Severity } from './diagnostic.js';

/**
 * Codes that describe the run rather than the notice (which ruleset was applied). They are
 * reported, but never count toward --fail-on or --max-warnings: otherwise `--fail-on info`
 * would fail every notice. Declared in the catalogue (`runNote`).
 */
export const RUN_INFO_CODES: ReadonlySet<string> = RUN_NOTE_CODES;

/** The CI gate every command shares: `--fail-on` and `--max-warnings`. */
export interface Thresholds {
  /** Fail on unsuppressed findings of this severity or worse (default 'error'). */
  failOn: Severity;
  /** Fail when there are more unsuppressed warnings than this; undefined = no limit. */
  maxWarnings?: number;
}

/** True when a finding counts for the CI gate: not suppressed and not a run note. */
export function countsForGate(d: Diagnostic): boolean {
  return !d.suppressed && !RUN_INFO_CODES.has(d.code);
}

/** True when this finding alone fails the gate at the given threshold. */
export function failsGate(d: Diagnostic, failOn: Severity): boolean {
  return countsForGate(d) && atLeast(d.severity, failOn);
}

/** True when the findings fail the gate: one at or above the threshold, or too many warnings. */
export function gateFails(diagnostics: readonly Diagnostic[], t: Thresholds): boolean {
  if (diagnostics.some((d) => failsGate(d, t.failOn))) return true;
  if (t.maxWarnings === undefined) return false;
  return diagnostics.filter((d) => countsForGate(d) && d.severity === 'warning').length > t.maxWarnings;
}

/**
 * Findings about the notices, without run notes. CI formats (github, gitlab, junit, markdown,
 * sarif) leave run notes out: one per notice would flood annotations and alerts. The ruleset of
 * each notice is still reported (SARIF artifact properties, JSON `files[].ruleset`, stylish).
 */
export function noticeFindings<T extends Diagnostic>(list: readonly T[]): T[] {
  return list.filter((d) => !RUN_INFO_CODES.has(d.code));
}
