import { codeFrameColumns } from '@babel/code-frame';
import { Chalk } from 'chalk';
import { formatCitation } from '../diagnostics/citation.js';
import { countDiagnostics } from '../diagnostics/collect.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { RUN_NOTE_CODES } from '../diagnostics/catalogue/index.js';
import type { ReportInput, Reporter } from './types.js';

const LABEL: Record<Severity, Record<'es' | 'en', string>> = {
  error: { es: 'error', en: 'error' },
  warning: { es: 'advertencia', en: 'warning' },
  info: { es: 'info', en: 'info' },
};

/** Columns of context a code frame shows around the finding: a minified or pasted line stays one screen wide. */
const BEFORE = 60;
const AFTER = 100;
/** Control and bidi characters are shown as «·» (one column each): a frame never carries a terminal escape. */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function clip(line: string, from: number): { text: string; shift: number } {
  if (from - BEFORE >= line.length) return { text: line.length > 0 ? '…' : '', shift: 0 };
  const start = Math.max(0, from - BEFORE);
  const end = Math.min(line.length, from + AFTER);
  const text = (start > 0 ? '…' : '') + line.slice(start, end).replace(INVISIBLE, '·') + (end < line.length ? '…' : '');
  return { text, shift: start > 0 ? start - 1 : 0 };
}

/**
 * The source lines around a finding. The code is never syntax-highlighted (@babel/code-frame would
 * colour YAML as JavaScript); with colour on, only the marker of the line and the carets are red.
 * Run notes (RULESET-SELECTED) describe the run, not a place in the file: no frame. Each line is
 * clipped around the finding's column, so a megabyte-long line never reaches the terminal.
 */
function frame(d: Diagnostic, lines: readonly string[] | undefined, c: InstanceType<typeof Chalk>): string {
  if (!lines || !d.range || RUN_NOTE_CODES.has(d.code)) return '';
  const { start, end } = d.range;
  const sameLine = end.line === start.line && end.column > start.column;
  // Only the lines the frame shows, each clipped; the others are left empty.
  const shown = new Array<string>(Math.min(lines.length, start.line + 1)).fill('');
  let shift = 0;
  for (let i = Math.max(0, start.line - 2); i < shown.length; i++) {
    const clipped = clip(lines[i] ?? '', start.column - 1);
    shown[i] = clipped.text;
    if (i === start.line - 1) shift = clipped.shift;
  }
  const col = start.column - shift;
  const endCol = sameLine ? Math.min(end.column - shift, (shown[start.line - 1] ?? '').length + 1) : col + 1;
  const loc = { start: { line: start.line, column: col }, end: { line: start.line, column: Math.max(endCol, col + 1) } };
  const text = codeFrameColumns(shown.join('\n'), loc, { highlightCode: false, linesAbove: 1, linesBelow: 1 });
  return text
    .split('\n')
    .map((line) => line.replace(/^>/, c.red.bold('>')).replace(/^(\s+\|\s*)(\^+)$/, (_m, gutter: string, carets: string) => gutter + c.red.bold(carets)))
    .join('\n');
}

function summary(input: ReportInput, c: InstanceType<typeof Chalk>): string {
  const n = countDiagnostics(input.diagnostics);
  const es = input.lang === 'es';
  const parts = es
    ? [`${n.error} error(es)`, `${n.warning} advertencia(s)`, `${n.info} nota(s)`]
    : [`${n.error} error(s)`, `${n.warning} warning(s)`, `${n.info} info`];
  if (n.suppressed) parts.push(es ? `${n.suppressed} silenciado(s)` : `${n.suppressed} suppressed`);
  const files = es ? `${input.files.length} aviso(s) revisado(s)` : `${input.files.length} notice(s) checked`;
  const line = `${files}: ${parts.join(', ')}`;
  return n.error ? c.red.bold(line) : n.warning ? c.yellow.bold(line) : c.green.bold(line);
}

/** Human output: grouped by file, file:line:col, code frame and legal citation per finding. */
export const stylishReporter: Reporter = (input) => {
  const c = new Chalk({ level: input.color ? 1 : 0 });
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of input.diagnostics) {
    if (d.suppressed) continue;
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const out: string[] = [];
  const linesOf = new Map<string, string[] | undefined>();
  for (const [file, list] of byFile) {
    out.push(c.underline(file));
    for (const d of list) {
      const pos = d.range ? `${d.range.start.line}:${d.range.start.column}` : '';
      const sev = LABEL[d.severity][input.lang];
      const colored = d.severity === 'error' ? c.red(sev) : d.severity === 'warning' ? c.yellow(sev) : c.blue(sev);
      out.push(`  ${c.dim(pos ? `${file}:${pos}` : file)}  ${colored}  ${d.message}  ${c.dim(d.code)}`);
      if (d.citation) out.push(`    ${c.cyan(`(${formatCitation(d.citation, input.lang)})`)}`);
      if (d.detail) out.push(`    ${d.detail}`);
      if (!linesOf.has(d.file)) linesOf.set(d.file, input.sources.get(d.file)?.split('\n'));
      const fr = frame(d, linesOf.get(d.file), c);
      if (fr) out.push(fr.replace(/^/gm, '    '));
      for (const n of d.notes ?? []) out.push(`    ${c.dim('→')} ${n.message}`);
    }
    out.push('');
  }
  out.push(summary(input, c));
  return out.join('\n') + '\n';
};
