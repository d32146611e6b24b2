import { makeDiagnostic } from '../diagnostics/catalogue/index.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics/diagnostic.js';
import { atLeast } from '../diagnostics/collect.js';
import { RUN_INFO_CODES } from '../diagnostics/gate.js';
import { fingerprint, looseKey } from '../diagnostics/fingerprint.js';

/** Version of the baseline file shape (docs/ci.md, "Línea base"). */
export const BASELINE_VERSION = 1;
export const DEFAULT_BASELINE_FILE = '.notice-baseline.json';
export const STALE_CODE = 'BASELINE-STALE' as const;

export interface BaselineEntry {
  /** Notice path relative to the folder that holds the baseline file, forward slashes. */
  file: string;
  code: string;
  pointer: string;
  fingerprint: string;
  severity: Severity;
  /** The message when the baseline was written; for people reading the file, never matched. */
  message: string;
  reason: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  /** Language of the recorded messages and the notice version that wrote them. */
  lang?: Lang;
  toolVersion?: string;
  entries: BaselineEntry[];
}

/** Maps a diagnostic's workspace path to the baseline's path convention, and back. */
export interface PathMap {
  toBaseline: (file: string) => string;
  fromBaseline: (file: string) => string;
}

export const IDENTITY_PATHS: PathMap = { toBaseline: (f) => f, fromBaseline: (f) => f };

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Records today's findings. Errors and warnings always; info only when the gate fails on info.
 * Findings suppressed inline are not recorded (they already carry their own reason).
 */
export function createBaseline(diagnostics: readonly Diagnostic[], options: { reason: string; failOn: Severity; paths?: PathMap; lang?: Lang; toolVersion?: string }): Baseline {
  const paths = options.paths ?? IDENTITY_PATHS;
  const floor: Severity = options.failOn === 'info' ? 'info' : 'warning';
  const entries = diagnostics
    .filter((d) => !d.suppressed && d.code !== STALE_CODE && !RUN_INFO_CODES.has(d.code) && atLeast(d.severity, floor))
    .map((d): BaselineEntry => {
      const file = paths.toBaseline(d.file);
      return { file, code: d.code, pointer: d.pointer, fingerprint: fingerprint({ file, code: d.code, pointer: d.pointer, message: d.message }), severity: d.severity, message: d.message, reason: options.reason };
    })
    .sort((a, b) => byCodePoint(a.file, b.file) || byCodePoint(a.code, b.code) || byCodePoint(a.pointer, b.pointer) || byCodePoint(a.message, b.message));
  return { version: BASELINE_VERSION, ...(options.lang ? { lang: options.lang } : {}), ...(options.toolVersion ? { toolVersion: options.toolVersion } : {}), entries };
}

export function serializeBaseline(b: Baseline): string {
  const entries = b.entries.map((e) => ({ file: e.file, code: e.code, pointer: e.pointer, fingerprint: e.fingerprint, severity: e.severity, message: e.message, reason: e.reason }));
  return JSON.stringify({ version: b.version, tool: 'notice', toolVersion: b.toolVersion ?? null, lang: b.lang ?? null, entries }, null, 2) + '\n';
}

export interface ApplyResult {
  /** Same findings, in the same order; baselined ones carry `suppressed: { source: 'baseline' }`. */
  diagnostics: Diagnostic[];
  /** Entries whose finding is gone (fixed, or its notice deleted). */
  stale: BaselineEntry[];
}

/**
 * Suppresses findings recorded in the baseline. Each entry absorbs at most one finding, matched by
 * full fingerprint (code, file, pointer, normalized message). With `loose` (the baseline was written
 * in another language or by another notice version, so messages differ), leftovers are then matched
 * by code + file + pointer alone. Either way, N entries hide at most N findings.
 * Entries are judged stale only for files in `scope` (the notices checked in this run plus
 * recorded notices that no longer exist), so `--changed` does not flag unrelated entries.
 */
export function applyBaseline(diagnostics: readonly Diagnostic[], baseline: Baseline, scope: ReadonlySet<string>, paths: PathMap = IDENTITY_PATHS, loose = false): ApplyResult {
  const unused = new Set<BaselineEntry>(baseline.entries);
  const index = (key: (e: BaselineEntry) => string): Map<string, BaselineEntry[]> => {
    const m = new Map<string, BaselineEntry[]>();
    for (const e of baseline.entries) m.set(key(e), [...(m.get(key(e)) ?? []), e]);
    return m;
  };
  const exact = index((e) => e.fingerprint);
  const byPlace = index((e) => looseKey(e));
  const take = (list: BaselineEntry[] | undefined): BaselineEntry | undefined => {
    const e = list?.find((x) => unused.has(x));
    if (e) unused.delete(e);
    return e;
  };
  const out: Diagnostic[] = diagnostics.map((d) => ({ ...d }));
  const keyed = out.map((d) => ({ d, id: { file: paths.toBaseline(d.file), code: d.code, pointer: d.pointer, message: d.message } }));
  type Id = (typeof keyed)[number]['id'];
  const passes = [(id: Id) => exact.get(fingerprint(id)), ...(loose ? [(id: Id) => byPlace.get(looseKey(id))] : [])];
  for (const pass of passes) {
    for (const k of keyed) {
      if (k.d.suppressed) continue;
      const entry = take(pass(k.id));
      if (entry) k.d.suppressed = { source: 'baseline', reason: entry.reason };
    }
  }
  const stale = [...unused].filter((e) => scope.has(e.file));
  stale.sort((a, b) => byCodePoint(a.file, b.file) || byCodePoint(a.code, b.code) || byCodePoint(a.pointer, b.pointer) || byCodePoint(a.message, b.message));
  return { diagnostics: out, stale };
}

/** Stale entries are reported as info findings (they never fail the default gate). */
export function staleDiagnostics(stale: readonly BaselineEntry[], lang: Lang, paths: PathMap = IDENTITY_PATHS): Diagnostic[] {
  return stale.map((e) => makeDiagnostic(STALE_CODE, lang, { code: e.code, pointer: e.pointer === '' ? '#' : e.pointer }, { file: paths.fromBaseline(e.file), pointer: e.pointer }));
}
