import { formatCitation } from '../diagnostics/citation.js';
import { countDiagnostics } from '../diagnostics/collect.js';
import { failsGate, noticeFindings } from '../diagnostics/gate.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Reporter } from './types.js';

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Makes text safe inside a GFM table cell. */
export function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, '<br>');
}

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;
const T = {
  es: { title: 'Revisión de avisos de privacidad', notice: 'Aviso', errors: 'Errores', warnings: 'Advertencias', infos: 'Notas', suppressed: 'Silenciados', status: 'Estado', pass: '✅ cumple', fail: '❌ no cumple', findings: 'Hallazgos', where: 'Ubicación', code: 'Código', message: 'Mensaje', basis: 'Fundamento', none: 'Sin hallazgos.', checked: 'aviso(s) revisado(s)', threshold: 'umbral' },
  en: { title: 'Privacy notice check', notice: 'Notice', errors: 'Errors', warnings: 'Warnings', infos: 'Info', suppressed: 'Suppressed', status: 'Status', pass: '✅ pass', fail: '❌ fail', findings: 'Findings', where: 'Location', code: 'Code', message: 'Message', basis: 'Legal basis', none: 'No findings.', checked: 'notice(s) checked', threshold: 'threshold' },
};

function findingRow(d: Diagnostic, lang: 'es' | 'en'): string {
  const pos = d.range ? `:${d.range.start.line}:${d.range.start.column}` : '';
  const code = d.docsUrl ? `[${d.code}](${d.docsUrl})` : d.code;
  const basis = d.citation ? formatCitation(d.citation, lang) : '';
  return `| ${ICON[d.severity]} | \`${cell(d.file + pos)}\` | ${code} | ${cell(d.message)} | ${cell(basis)} |`;
}

/** A summary for $GITHUB_STEP_SUMMARY and merge-request comments: one row per notice, then findings. */
export const markdownReporter: Reporter = (input) => {
  const t = T[input.lang];
  const failOn = input.failOn ?? 'error';
  const all = noticeFindings(input.diagnostics);
  const files = [...new Set([...input.files, ...all.map((d) => d.file)])].sort(byCodePoint);
  const total = countDiagnostics(all);
  const out = [`### ${t.title}`, '', `${files.length} ${t.checked} · ${total.error} ${t.errors.toLowerCase()} · ${total.warning} ${t.warnings.toLowerCase()} · ${total.info} ${t.infos.toLowerCase()} · ${total.suppressed} ${t.suppressed.toLowerCase()} (${t.threshold}: \`--fail-on ${failOn}\`)`, ''];
  out.push(`| ${t.notice} | ${t.status} | ${t.errors} | ${t.warnings} | ${t.infos} | ${t.suppressed} |`, '|---|---|--:|--:|--:|--:|');
  for (const file of files) {
    const list = all.filter((d) => d.file === file);
    const n = countDiagnostics(list);
    const failed = list.some((d) => failsGate(d, failOn));
    out.push(`| \`${cell(file)}\` | ${failed ? t.fail : t.pass} | ${n.error} | ${n.warning} | ${n.info} | ${n.suppressed} |`);
  }
  const active = all.filter((d) => !d.suppressed);
  out.push('');
  if (active.length === 0) {
    out.push(t.none);
  } else {
    out.push('<details open>', `<summary>${t.findings} (${active.length})</summary>`, '');
    out.push(`| | ${t.where} | ${t.code} | ${t.message} | ${t.basis} |`, '|---|---|---|---|---|');
    for (const d of active) out.push(findingRow(d, input.lang));
    out.push('', '</details>');
  }
  return out.join('\n') + '\n';
};
