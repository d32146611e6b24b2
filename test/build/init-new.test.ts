import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'notice-init-'));
  mkdirSync(join(d, '.git'));
  return d;
};

describe('notice init / notice new', () => {
  it('init creates a workspace whose example notice passes check, and refuses to run twice', () => {
    const ws = tmp();
    const r = runCli(['init'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    for (const f of ['notice.config.yaml', 'notices/atencion-ciudadana.yaml', '.github/workflows/avisos.yml']) expect(readFileSync(join(ws, f), 'utf8').length).toBeGreaterThan(100);
    expect(runCli(['check'], { cwd: ws }).code).toBe(0);
    const again = runCli(['init'], { cwd: ws });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/No se sobrescribe nada: ya existen «notice.config.yaml»/);
  });

  it('init writes nothing at all if one of its files exists', () => {
    const ws = tmp();
    mkdirSync(join(ws, 'notices'));
    writeFileSync(join(ws, 'notices/atencion-ciudadana.yaml'), 'mío\n');
    expect(runCli(['init'], { cwd: ws }).code).toBe(2);
    expect(readFileSync(join(ws, 'notices/atencion-ciudadana.yaml'), 'utf8')).toBe('mío\n');
    expect(() => readFileSync(join(ws, 'notice.config.yaml'))).toThrow();
  });

  it('new adds a skeleton with every required section that passes the schema, never overwriting', () => {
    const ws = tmp();
    expect(runCli(['init'], { cwd: ws }).code).toBe(0);
    const r = runCli(['new', 'consulta-nss'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(ws, 'notices/consulta-nss.yaml'), 'utf8');
    expect(text).toMatch(/^id: consulta-nss$/m);
    for (const key of ['title', 'updated', 'controller', 'activities', 'legalBasis', 'transfers', 'rights', 'transparencyUnit', 'changes']) expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
    const check = runCli(['check', '--format', 'json', 'notices/consulta-nss.yaml'], { cwd: ws });
    expect(check.stdout).not.toMatch(/"code": "(YAML|SCHEMA)-/);
    writeFileSync(join(ws, 'notices/consulta-nss.yaml'), 'editado\n');
    expect(runCli(['new', 'consulta-nss'], { cwd: ws }).code).toBe(2);
    expect(readFileSync(join(ws, 'notices/consulta-nss.yaml'), 'utf8')).toBe('editado\n');
  });

  it('new rejects ids that are not safe folder names', () => {
    const ws = tmp();
    for (const id of ['../fuera', 'A/B', 'con espacio', '/abs']) {
      const r = runCli(['new', id], { cwd: ws });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no es válido/);
    }
  });
});
