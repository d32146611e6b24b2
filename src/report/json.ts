import { countDiagnostics } from '../diagnostics/collect.js';
import { fingerprint } from '../diagnostics/fingerprint.js';
import type { Reporter } from './types.js';

/** Version of the JSON report shape; bump on any incompatible change (see docs/json-format.md). */
export const JSON_REPORT_VERSION = 1;

/** Stable, documented JSON: keys in a fixed order, 1-based lines and columns. */
export const jsonReporter: Reporter = (input) => {
  const counts = countDiagnostics(input.diagnostics);
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'notice', version: input.toolVersion },
    summary: {
      files: input.files.length,
      errors: counts.error,
      warnings: counts.warning,
      infos: counts.info,
      suppressed: counts.suppressed,
    },
    files: input.files.map((file) => ({ file, ruleset: input.rulesets?.get(file) ?? null })),
    diagnostics: input.diagnostics.map((d) => ({
      code: d.code,
      rule: d.rule ?? null,
      severity: d.severity,
      message: d.message,
      detail: d.detail ?? null,
      file: d.file,
      pointer: d.pointer,
      line: d.range?.start.line ?? null,
      column: d.range?.start.column ?? null,
      endLine: d.range?.end.line ?? null,
      endColumn: d.range?.end.column ?? null,
      citation: d.citation
        ? {
            law: d.citation.law,
            article: d.citation.article,
            fraction: d.citation.fraction ?? null,
            paragraph: d.citation.paragraph ?? null,
            inciso: d.citation.inciso ?? null,
          }
        : null,
      confidence: d.confidence ?? null,
      docsUrl: d.docsUrl ?? null,
      fingerprint: fingerprint(d),
      notes: (d.notes ?? []).map((n) => ({ message: n.message, file: n.file ?? null, pointer: n.pointer ?? null })),
      suppressed: d.suppressed ? { reason: d.suppressed.reason, until: d.suppressed.until ?? null, source: d.suppressed.source } : null,
    })),
  };
  return JSON.stringify(report, null, 2) + '\n';
};
