import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('notice CLI basics', () => {
  it('prints help and exits 0', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('check|validate');
    expect(r.stdout).toContain('Códigos de salida');
  });

  it('prints the version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('exits 2 with a one-line message for a missing path, no stack trace', () => {
    const r = runCli(['check', 'no-such-folder']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such-folder');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown command', () => {
    expect(runCli(['frobnicate']).code).toBe(2);
  });

  it('prints the schema', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('reports a YAML syntax error with line and column and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-'));
    writeFileSync(join(dir, 'bad.yaml'), 'id: x\ntitle: [unclosed\n');
    const r = runCli(['check', 'bad.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bad\.yaml:\d+:\d+/);
    expect(r.stdout).toContain('YAML-SYNTAX');
  });
});
