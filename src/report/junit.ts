import { formatCitation } from '../diagnostics/citation.js';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { failsGate, noticeFindings } from '../diagnostics/gate.js';
import type { Reporter } from './types.js';
import { xmlEscape as attr, xmlText as text } from './xml.js';

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function line(d: Diagnostic, lang: 'es' | 'en'): string {
  const pos = d.range ? `:${d.range.start.line}:${d.range.start.column}` : '';
  const cite = d.citation ? ` (${formatCitation(d.citation, lang)})` : '';
  const supp = d.suppressed ? ` [${lang === 'es' ? 'silenciado' : 'suppressed'}: ${d.suppressed.reason}]` : '';
  return `${d.file}${pos} ${d.severity} ${d.code} ${d.pointer || '#'}: ${d.message}${cite}${supp}`;
}

interface Case {
  name: string;
  xml: string;
  failed: boolean;
  skipped: boolean;
}

function testCase(file: string, code: string, list: Diagnostic[], failOn: Severity, lang: 'es' | 'en'): Case {
  const failing = list.filter((d) => failsGate(d, failOn));
  const active = list.filter((d) => !d.suppressed);
  const open = `    <testcase classname="${attr(file)}" name="${attr(code)}" file="${attr(file)}" time="0"`;
  if (failing.length > 0) {
    const worst = failing.some((d) => d.severity === 'error') ? 'error' : failing.some((d) => d.severity === 'warning') ? 'warning' : 'info';
    const msg = lang === 'es' ? `${failing.length} hallazgo(s) ${code}: ${failing[0]!.message}` : `${failing.length} ${code} finding(s): ${failing[0]!.message}`;
    const body = list.map((d) => line(d, lang)).join('\n');
    return { name: code, failed: true, skipped: false, xml: `${open}>\n      <failure message="${attr(msg)}" type="${attr(worst)}">${text(body)}</failure>\n    </testcase>` };
  }
  if (active.length === 0 && list.length > 0) {
    const reason = list[0]!.suppressed!.reason;
    return { name: code, failed: false, skipped: true, xml: `${open}>\n      <skipped message="${attr(reason)}"/>\n      <system-out>${text(list.map((d) => line(d, lang)).join('\n'))}</system-out>\n    </testcase>` };
  }
  if (list.length === 0) return { name: code, failed: false, skipped: false, xml: `${open}/>` };
  return { name: code, failed: false, skipped: false, xml: `${open}>\n      <system-out>${text(list.map((d) => line(d, lang)).join('\n'))}</system-out>\n    </testcase>` };
}

/**
 * JUnit XML: one <testsuite> per notice, one <testcase> per notice and rule. A case fails when it
 * has an unsuppressed finding at or above --fail-on; a case whose findings are all suppressed is
 * skipped. A notice without findings gets one passing case, so the report is never empty.
 */
export const junitReporter: Reporter = (input) => {
  const failOn = input.failOn ?? 'error';
  const findings = noticeFindings(input.diagnostics);
  const files = [...new Set([...input.files, ...findings.map((d) => d.file)])].sort(byCodePoint);
  const ran = (input.rules ?? []).map((r) => r.id);
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const suites: string[] = [];
  for (const file of files) {
    // Rules that did not run on a file (e.g. a YAML syntax error stopped it) get no passing case.
    const ranHere = input.rulesByFile ? (input.rulesByFile.get(file) ?? []) : ran;
    const byCode = new Map<string, Diagnostic[]>(ranHere.map((id) => [id, []]));
    for (const d of findings) if (d.file === file) byCode.set(d.code, [...(byCode.get(d.code) ?? []), d]);
    const cases = byCode.size > 0 ? [...byCode.keys()].sort(byCodePoint).map((code) => testCase(file, code, byCode.get(code)!, failOn, input.lang)) : [testCase(file, 'notice', [], failOn, input.lang)];
    const f = cases.filter((c) => c.failed).length;
    const s = cases.filter((c) => c.skipped).length;
    tests += cases.length;
    failures += f;
    skipped += s;
    suites.push(`  <testsuite name="${attr(file)}" tests="${cases.length}" failures="${f}" errors="0" skipped="${s}" time="0">\n${cases.map((c) => c.xml).join('\n')}\n  </testsuite>`);
  }
  const head = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="notice" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`;
  return [head, ...suites, '</testsuites>'].join('\n') + '\n';
};
