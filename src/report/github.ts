import { formatCitation } from '../diagnostics/citation.js';
import { countDiagnostics } from '../diagnostics/collect.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { noticeFindings } from '../diagnostics/gate.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command message escaping (actions/toolkit, command.ts escapeData). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command property escaping (actions/toolkit, command.ts escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(d: Diagnostic, lang: 'es' | 'en'): string {
  const props: [string, string | number][] = [['file', d.file]];
  if (d.range) {
    const { start, end } = d.range;
    props.push(['line', start.line], ['col', start.column]);
    if (end.line >= start.line) props.push(['endLine', end.line]);
    // GitHub uses endColumn only on single-line annotations.
    if (end.line === start.line && end.column > start.column) props.push(['endColumn', end.column]);
  }
  const cite = d.citation ? ` (${formatCitation(d.citation, lang)})` : '';
  props.push(['title', `${d.code}${cite}`]);
  const body = [d.message, d.detail, d.docsUrl].filter((x): x is string => Boolean(x)).join('\n');
  return `::${COMMAND[d.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(body)}`;
}

/**
 * GitHub Actions workflow commands: one annotation per unsuppressed finding, shown on the pull
 * request's diff. Paths are workspace-relative and positions 1-based, as GitHub requires.
 */
export const githubReporter: Reporter = (input) => {
  const findings = noticeFindings(input.diagnostics);
  const out = findings.filter((d) => !d.suppressed).map((d) => annotation(d, input.lang));
  const n = countDiagnostics(findings);
  out.push(
    input.lang === 'es'
      ? `notice: ${input.files.length} aviso(s) revisado(s): ${n.error} error(es), ${n.warning} advertencia(s), ${n.info} nota(s), ${n.suppressed} silenciado(s)`
      : `notice: ${input.files.length} notice(s) checked: ${n.error} error(s), ${n.warning} warning(s), ${n.info} info, ${n.suppressed} suppressed`,
  );
  return out.join('\n') + '\n';
};
