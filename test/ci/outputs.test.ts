import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planOutputs } from '../../src/report/outputs.js';
import { runCli } from '../helpers/cli.js';
import { UNKNOWN_KEY, VALID, workspace } from './helpers.js';

const env = {};

describe('pairing --format with --output-file', { timeout: 300_000 }, () => {
  it('defaults to auto: stylish locally, github in GitHub Actions', () => {
    expect(planOutputs([], [], env)).toEqual([{ format: 'stylish', file: undefined }]);
    expect(planOutputs([], [], { GITHUB_ACTIONS: 'true' })).toEqual([{ format: 'github', file: undefined }]);
    expect(planOutputs(['auto'], ['r.txt'], { GITHUB_ACTIONS: 'true' })).toEqual([{ format: 'github', file: 'r.txt' }]);
  });

  it('gives the N output files to the last N formats without a path', () => {
    expect(planOutputs(['stylish', 'sarif'], ['report.sarif'], env)).toEqual([{ format: 'stylish', file: undefined }, { format: 'sarif', file: 'report.sarif' }]);
    expect(planOutputs(['json', 'junit'], ['r.json', 'j.xml'], env)).toEqual([{ format: 'json', file: 'r.json' }, { format: 'junit', file: 'j.xml' }]);
    expect(planOutputs(['stylish', 'sarif:a.sarif', 'junit'], ['j.xml'], env)).toEqual([{ format: 'stylish', file: undefined }, { format: 'sarif', file: 'a.sarif' }, { format: 'junit', file: 'j.xml' }]);
    expect(planOutputs(['sarif:-'], [], env)).toEqual([{ format: 'sarif' }]);
    expect(planOutputs(['sarif:C:\\out\\r.sarif'], [], env)).toEqual([{ format: 'sarif', file: 'C:\\out\\r.sarif' }]);
  });

  it('rejects unknown formats, two formats on stdout, extra or shared files', () => {
    expect(() => planOutputs(['xml'], [], env)).toThrow(/Formato desconocido «xml»/);
    expect(() => planOutputs(['stylish', 'json'], [], env)).toThrow(/Solo un formato/);
    expect(() => planOutputs(['json'], ['a', 'b'], env)).toThrow(/--output-file/);
    expect(() => planOutputs(['json:a', 'sarif:a'], [], env)).toThrow(/más de un reporte/);
    expect(() => planOutputs(['json:'], [], env)).toThrow(/Falta la ruta/);
  });

  it('writes each report to its place in one run; usage errors exit 2 before any work', () => {
    const ws = workspace({ 'notices/a.yaml': UNKNOWN_KEY, 'notices/ok.yaml': VALID });
    const r = runCli(['check', '--format', 'stylish', '--format', 'sarif', '--output-file', 'out/report.sarif', '-f', 'junit:out/junit.xml', '-f', 'markdown:out/summary.md', '-f', 'json:out/r.json'], { cwd: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('SCHEMA-UNKNOWN-PROPERTY');
    expect(JSON.parse(readFileSync(join(ws, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(ws, 'out/junit.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(readFileSync(join(ws, 'out/summary.md'), 'utf8')).toContain('| `notices/a.yaml` | ❌ no cumple | 1 | 0 | 0 | 0 |');
    expect(JSON.parse(readFileSync(join(ws, 'out/r.json'), 'utf8')).summary.errors).toBe(1);
    const bad = runCli(['check', '-f', 'stylish', '-f', 'json'], { cwd: ws });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^notice: error: Solo un formato/);
    expect(bad.stdout).toBe('');
    expect(runCli(['check', '-f', 'nope'], { cwd: ws }).code).toBe(2);
  });

  it('exits 2 and leaves no partial file when the report cannot be written', () => {
    const ws = workspace({ 'notices/ok.yaml': VALID, 'blocker': 'a file, not a folder' });
    const r = runCli(['check', '-f', 'sarif:blocker/r.sarif'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No se pudo escribir «blocker\/r\.sarif»/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(ws, 'blocker/r.sarif'))).toBe(false);
  });

  it('is byte-stable across runs for every format', () => {
    const ws = workspace({ 'notices/a.yaml': UNKNOWN_KEY, 'notices/ok.yaml': VALID });
    const formats = ['json', 'sarif', 'junit', 'github', 'markdown'];
    const run = (dir: string, env: NodeJS.ProcessEnv) => {
      const r = runCli(['check', '-f', 'stylish', ...formats.flatMap((f) => ['-f', `${f}:${dir}/${f}.out`])], { cwd: ws, env });
      expect(r.code).toBe(1);
      return [r.stdout, ...formats.map((f) => readFileSync(join(ws, dir, `${f}.out`), 'utf8'))];
    };
    const a = run('a', {});
    // LANG picks the language (one per run); a Spanish locale other than the default changes nothing.
    const b = run('b', { SOURCE_DATE_EPOCH: '1700000000', TZ: 'Asia/Tokyo', LANG: 'es_MX.UTF-8' });
    for (const text of a) expect(text.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
  });
});
