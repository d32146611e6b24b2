import { formatCitation } from '../diagnostics/citation.js';
import type { Severity } from '../diagnostics/diagnostic.js';
import { fingerprint } from '../diagnostics/fingerprint.js';
import { noticeFindings } from '../diagnostics/gate.js';
import type { Reporter } from './types.js';

const SEVERITY: Record<Severity, 'critical' | 'major' | 'info'> = { error: 'critical', warning: 'major', info: 'info' };

/**
 * GitLab Code Quality report (a CodeClimate-style JSON array) for the merge-request widget:
 * unsuppressed findings only, workspace-relative paths, 1-based lines, stable fingerprints.
 */
export const gitlabReporter: Reporter = (input) => {
  const issues = noticeFindings(input.diagnostics)
    .filter((d) => !d.suppressed)
    .map((d) => ({
      type: 'issue',
      check_name: d.code,
      description: d.citation ? `${d.message} (${formatCitation(d.citation, input.lang)})` : d.message,
      categories: ['Compatibility'],
      severity: SEVERITY[d.severity],
      fingerprint: fingerprint(d),
      location: {
        path: d.file,
        lines: { begin: d.range?.start.line ?? 1, end: d.range?.end.line ?? d.range?.start.line ?? 1 },
      },
    }));
  return JSON.stringify(issues, null, 2) + '\n';
};
