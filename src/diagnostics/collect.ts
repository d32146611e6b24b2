import type { Diagnostic, Severity } from './diagnostic.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function severityRank(s: Severity): number {
  return RANK[s];
}

export function atLeast(s: Severity, threshold: Severity): boolean {
  return RANK[s] >= RANK[threshold];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic order: file, line, column, code, pointer (code-point order, never locale). */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      byCodePoint(a.file, b.file) ||
      (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0) ||
      (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0) ||
      byCodePoint(a.code, b.code) ||
      byCodePoint(a.pointer, b.pointer) ||
      byCodePoint(a.message, b.message),
  );
}

/** Drops exact repeats (same file, code, pointer and message). */
export function dedupeDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}\u0000${d.code}\u0000${d.pointer}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
}

export function countDiagnostics(list: readonly Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const d of list) {
    if (d.suppressed) counts.suppressed++;
    else counts[d.severity]++;
  }
  return counts;
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => !d.suppressed && d.severity === 'error');
}
