import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REFERENCE, edit } from './helpers.js';

describe('notice rules / explain / check with rules (built CLI)', () => {
  it('notice rules --format json lists every rule with citation, confidence and severity', () => {
    const r = runCli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.ruleset).toBe('lgpdppso-2025');
    const rule = j.rules.find((x: { id: string }) => x.id === 'refusal-mechanism-missing');
    expect(rule).toMatchObject({ severity: 'error', confidence: 'VERIFIED', citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'VIII' } });
  });

  it('notice rules --ruleset lgpdppso-2017 shows 2017 numbers and no errors', () => {
    const r = runCli(['rules', '--ruleset', 'lgpdppso-2017']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('LGPDPPSO 2017, art. 27, fr. IV');
    expect(r.stdout).not.toMatch(/\s error\s/);
  });

  it('notice explain prints what, why, fix and the article text', () => {
    const r = runCli(['explain', 'integral-notice-location-missing']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Qué revisa');
    expect(r.stdout).toContain('Artículo 22. El aviso de privacidad en su modalidad simplificada');
    expect(r.stdout).toContain('docs/rules/integral-notice-location-missing.md');
  });

  it('notice explain of an unknown rule exits 2 with a suggestion and no stack', () => {
    const r = runCli(['explain', 'vague-languaje']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('vague-language');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('notice check --format json carries rule, severity, pointer, line, column and citation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-rules-'));
    writeFileSync(join(dir, 'aviso.yaml'), edit(REFERENCE, { from: '        refusal: [casilla-registro]\n', to: '        refusal: [otra]\n' }));
    const r = runCli(['check', 'aviso.yaml', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout).diagnostics.find((x: { code: string }) => x.code === 'refusal-mechanism-missing');
    expect(d).toMatchObject({ rule: 'refusal-mechanism-missing', severity: 'error', pointer: '/activities/0/purposes/3/refusal', citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'VIII' }, confidence: 'VERIFIED' });
    expect(d.line).toBeGreaterThan(1);
    expect(d.column).toBeGreaterThan(1);
  });

  it('notice check prints the citation of each finding and passes a clean notice (the reference notice with real-looking names)', () => {
    const r = runCli(['check', 'test/rules/fixtures/reference.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 error(es), 0 advertencia(s)');
  });
});
