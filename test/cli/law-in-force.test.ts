import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { VALID, workspace } from '../ci/helpers.js';

/** The findings of a JSON report, as "severity code pointer". */
function findings(stdout: string): string[] {
  const r = JSON.parse(stdout) as { diagnostics: { severity: string; code: string; pointer: string; range?: { start: { line: number } } }[] };
  return r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}`);
}

// Issue #11, done-when: the law in force judges every notice checked today; historical audits are
// explicit and never publish; placeholders and a simplified notice without its integral's location
// exit 1 with positioned errors. Run as a user runs it: the built binary, a workspace on disk.
describe('the law in force judges every notice checked today', { timeout: 300_000 }, () => {
  const OLD = VALID.replace(/^updated: .*$/m, 'updated: 2019-05-02\nlaw: LGPDPPSO-2017');
  const ws = workspace({ 'notice.config.yaml': 'notices: [notices]\nbaseUrl: https://avisos.prueba.gob.mx/\n', 'notices/aviso-2019.yaml': OLD });

  it('a notice dated 2019 that declares the 2017 law is judged under the 2025 law and exits 1', () => {
    const r = runCli(['check', '-f', 'json', '--today', '2026-12-07'], { cwd: ws });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { ruleset: string }[] };
    expect(report.files[0]!.ruleset).toBe('lgpdppso-2025');
    expect(findings(r.stdout)).toContain('error citation-abrogated-law /law');
  });

  it('is not published as final: build exits 1 and writes none of its files; --allow-errors makes a draft', () => {
    const r = runCli(['build', '--today', '2026-12-07', '--formats', 'html,text'], { cwd: ws });
    expect(r.code, r.stderr).toBe(1);
    expect(existsSync(join(ws, 'dist/avisos/consulta-prueba/index.html'))).toBe(false);
    const draft = runCli(['build', '--today', '2026-12-07', '--formats', 'html,text', '--allow-errors'], { cwd: ws });
    expect(draft.code).toBe(1);
    expect(readFileSync(join(ws, 'dist/avisos/consulta-prueba/index.html'), 'utf8')).toContain('BORRADOR — no cumple con la LGPDPPSO');
  });

  it('--as-of gives the historical view, under the law in force on that date; build refuses it', () => {
    const r = runCli(['check', '-f', 'json', '--today', '2026-12-07', '--as-of', '2019-06-30'], { cwd: ws });
    const report = JSON.parse(r.stdout) as { files: { ruleset: string }[]; diagnostics: { code: string; message: string }[] };
    expect(report.files[0]!.ruleset).toBe('lgpdppso-2017');
    expect(report.diagnostics.find((d) => d.code === 'RULESET-SELECTED')?.message).toContain('auditoría histórica');
    expect(report.diagnostics.some((d) => d.code === 'citation-abrogated-law')).toBe(false);
    const build = runCli(['build', '--as-of', '2019-06-30'], { cwd: ws });
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/--as-of/);
    expect(build.stderr).not.toMatch(/\n\s+at /);
  });

  it('a "today" before the 2025 law is no back door to the 2017 ruleset: check and build refuse it (exit 2) and point to --as-of', () => {
    for (const args of [['build', '--today', '2024-01-01'], ['check', '--today', '2024-01-01']]) {
      const r = runCli(args, { cwd: ws });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/anterior a la entrada en vigor de la LGPDPPSO 2025.*--as-of 2024-01-01/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(runCli(['build'], { cwd: ws, env: { NOTICE_TODAY: '2025-03-20' } }).code).toBe(2);
  });

  it('a law: in the config has no effect and says so', () => {
    const other = workspace({ 'notice.config.yaml': 'notices: [notices]\nlaw: LGPDPPSO-2017\n', 'notices/aviso.yaml': VALID });
    const r = runCli(['check', '-f', 'json', '--today', '2026-12-07'], { cwd: other });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { files: { ruleset: string }[] }).files[0]!.ruleset).toBe('lgpdppso-2025');
    expect(r.stderr).toMatch(/`law`.*se ignora/);
  });
});

describe('placeholders and a simplified notice without its integral exit 1 with positioned errors', { timeout: 300_000 }, () => {
  it('a placeholder is an error on the value, and the notice is not published', () => {
    const text = VALID.replace(/^(\s*integralUrl: ).*$/m, '$1https://www.ejemplo.gob.mx/avisos/consulta');
    const ws = workspace({ 'notice.config.yaml': 'notices: [notices]\nbaseUrl: https://avisos.prueba.gob.mx/\n', 'notices/aviso.yaml': text });
    const r = runCli(['check', '--today', '2026-12-07'], { cwd: ws });
    expect(r.code).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('ejemplo.gob.mx')) + 1;
    expect(r.stdout).toMatch(new RegExp(`notices/aviso\\.yaml:${line}:\\d+\\s+error\\s.*placeholder-value`));
    expect(runCli(['build', '--today', '2026-12-07', '--formats', 'text'], { cwd: ws }).code).toBe(1);
    expect(existsSync(join(ws, 'dist/avisos/consulta-prueba'))).toBe(false);
  });

  it('a simplified-only notice with no integral location is an error, not dead text', () => {
    const text = VALID.replace(/^updated: .*$/m, (l) => `${l}\nkind: simplified`).replace(/^publication:\n(?: {2}.*\n)+/m, '');
    const ws = workspace({ 'notices/aviso.yaml': text });
    const r = runCli(['check', '-f', 'json', '--today', '2026-12-07'], { cwd: ws });
    expect(r.code, r.stdout).toBe(1);
    expect(findings(r.stdout).some((f) => f.startsWith('error integral-notice-location-missing'))).toBe(true);
  });
});
