import { formatCitation } from '../diagnostics/citation.js';
import { countDiagnostics } from '../diagnostics/collect.js';
import { countsForGate, failsGate, noticeFindings } from '../diagnostics/gate.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Reporter } from './types.js';

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Makes text safe inside a GFM table cell. */
export function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, '<br>');
}

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;
const T = {
  es: { title: 'Revisión de avisos de privacidad', notice: 'Aviso', errors: 'Errores', warnings: 'Advertencias', infos: 'Notas', suppressed: 'Silenciados', status: 'Estado', pass: '✅ cumple', fail: '❌ no cumple', findings: 'Hallazgos', where: 'Ubicación', code: 'Código', message: 'Mensaje', basis: 'Fundamento', none: 'Sin hallazgos.', checked: 'aviso(s) revisado(s)', threshold: 'umbral', related: '— (otro aviso, no reportado aquí)', tooMany: (n: number, max: number) => `❌ ${n} advertencia(s): más de las que permite \`--max-warnings ${max}\`.` },
  en: { title: 'Privacy notice check', notice: 'Notice', errors: 'Errors', warnings: 'Warnings', infos: 'Info', suppressed: 'Suppressed', status: 'Status', pass: '✅ pass', fail: '❌ fail', findings: 'Findings', where: 'Location', code: 'Code', message: 'Message', basis: 'Legal basis', none: 'No findings.', checked: 'notice(s) checked', threshold: 'threshold', related: '— (another notice, not reported here)', tooMany: (n: number, max: number) => `❌ ${n} warning(s): more than \`--max-warnings ${max}\` allows.` },
};

function findingRow(d: Diagnostic, lang: 'es' | 'en'): string {
  const pos = d.range ? `:${d.range.start.line}:${d.range.start.column}` : '';
  const code = d.docsUrl ? `[${d.code}](${d.docsUrl})` : d.code;
  const basis = d.citation ? formatCitation(d.citation, lang) : '';
  return `| ${ICON[d.severity]} | \`${cell(d.file + pos)}\` | ${code} | ${cell(d.message)} | ${cell(basis)} |`;
}

/**
 * GitHub keeps at most 1 MiB of $GITHUB_STEP_SUMMARY per step and shows an error instead of a
 * bigger one. The summary stays under this many bytes: totals first, then rows while they fit,
 * then a note saying how many rows were left out.
 */
export const MARKDOWN_BUDGET = 1_000_000;

const NOTE = {
  es: (rows: number, what: string) => `> **Resumen truncado:** se omitieron ${rows} ${what} para no pasar de 1 MiB (el límite de GitHub para el resumen de un paso). El reporte completo está en los formatos json o sarif.`,
  en: (rows: number, what: string) => `> **Summary truncated:** ${rows} ${what} left out to stay under 1 MiB (GitHub's limit for a step summary). The full report is in the json or sarif formats.`,
};

/** A summary for $GITHUB_STEP_SUMMARY and merge-request comments: totals, one row per notice, then findings. */
export const markdownReporter: Reporter = (input) => {
  const t = T[input.lang];
  const failOn = input.failOn ?? 'error';
  const all = noticeFindings(input.diagnostics);
  const files = [...new Set([...input.files, ...all.map((d) => d.file)])].sort(byCodePoint);
  const total = countDiagnostics(all);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of all) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  // A notice that shows up only through a finding across notices (--changed, named files) was not
  // reported in full here: it gets no pass or fail of its own.
  const reported = new Set(input.files);
  const status = (f: string, failed: boolean): string => (failed ? t.fail : reported.has(f) || input.files.length === 0 ? t.pass : t.related);
  const failing = files.filter((f) => (byFile.get(f) ?? []).some((d) => failsGate(d, failOn))).length;
  const warnings = all.filter((d) => countsForGate(d) && d.severity === 'warning').length;
  const out = [
    `### ${t.title}`,
    '',
    `${input.files.length || files.length} ${t.checked} · ${failing} ${t.fail.replace(/^❌ /, '')} · ${total.error} ${t.errors.toLowerCase()} · ${total.warning} ${t.warnings.toLowerCase()} · ${total.info} ${t.infos.toLowerCase()} · ${total.suppressed} ${t.suppressed.toLowerCase()} (${t.threshold}: \`--fail-on ${failOn}\`)`,
    '',
    ...(input.maxWarnings !== undefined && warnings > input.maxWarnings ? [t.tooMany(warnings, input.maxWarnings), ''] : []),
  ];
  let bytes = out.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  // Room for the closing lines and a truncation note, whatever happens.
  const budget = MARKDOWN_BUDGET - 2_000;
  const fits = (line: string): boolean => {
    const b = Buffer.byteLength(line) + 1;
    if (bytes + b > budget) return false;
    bytes += b;
    return true;
  };
  const notes: string[] = [];
  out.push(`| ${t.notice} | ${t.status} | ${t.errors} | ${t.warnings} | ${t.infos} | ${t.suppressed} |`, '|---|---|--:|--:|--:|--:|');
  // Failing notices first, so a truncated table still shows what blocks the merge.
  const ordered = [...files].sort((a, b) => Number((byFile.get(b) ?? []).some((d) => failsGate(d, failOn))) - Number((byFile.get(a) ?? []).some((d) => failsGate(d, failOn))) || byCodePoint(a, b));
  let shown = 0;
  for (const file of ordered) {
    const list = byFile.get(file) ?? [];
    const n = countDiagnostics(list);
    const failed = list.some((d) => failsGate(d, failOn));
    const row = `| \`${cell(file)}\` | ${status(file, failed)} | ${n.error} | ${n.warning} | ${n.info} | ${n.suppressed} |`;
    if (!fits(row)) break;
    out.push(row);
    shown++;
  }
  if (shown < ordered.length) notes.push(NOTE[input.lang](ordered.length - shown, input.lang === 'es' ? 'filas de avisos' : 'notice rows'));
  const active = all.filter((d) => !d.suppressed);
  out.push('');
  if (active.length === 0) {
    out.push(t.none);
  } else {
    out.push('<details open>', `<summary>${t.findings} (${active.length})</summary>`, '');
    out.push(`| | ${t.where} | ${t.code} | ${t.message} | ${t.basis} |`, '|---|---|---|---|---|');
    let rows = 0;
    for (const d of active) {
      const row = findingRow(d, input.lang);
      if (!fits(row)) break;
      out.push(row);
      rows++;
    }
    out.push('', '</details>');
    if (rows < active.length) notes.push(NOTE[input.lang](active.length - rows, input.lang === 'es' ? 'hallazgos' : 'findings'));
  }
  if (notes.length > 0) out.push('', ...notes);
  return out.join('\n') + '\n';
};
