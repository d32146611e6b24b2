import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'notice-init-'));
  mkdirSync(join(d, '.git'));
  return d;
};

describe('notice init / notice new', () => {
  it('init creates a workspace that checks and builds green as created, and refuses to run twice', () => {
    const ws = tmp();
    const r = runCli(['init'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    for (const f of ['notice.config.yaml', 'package.json', 'ejemplos/atencion-ciudadana.yaml', '.github/workflows/avisos.yml', '.gitlab-ci.yml', '.gitignore', 'notices/LEEME.md']) expect(readFileSync(join(ws, f), 'utf8').length, f).toBeGreaterThan(40);
    const pkg = JSON.parse(readFileSync(join(ws, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; scripts: Record<string, string> };
    expect(pkg.devDependencies['notice-avisos']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.scripts).toMatchObject({ check: 'notice check', build: 'notice build' });
    // No sample value can be published: no active base URL, the example notice stays out of notices/.
    expect(readFileSync(join(ws, 'notice.config.yaml'), 'utf8')).not.toMatch(/^baseUrl:/m);
    const check = runCli(['check'], { cwd: ws });
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toMatch(/aún no hay avisos/);
    const build = runCli(['build'], { cwd: ws });
    expect(build.code, build.stderr).toBe(0);
    const again = runCli(['init'], { cwd: ws });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/No se sobrescribe nada: ya existen «notice.config.yaml»/);
  });

  it('the example notice is complete: copied into notices/ it passes the schema', () => {
    const ws = tmp();
    expect(runCli(['init'], { cwd: ws }).code).toBe(0);
    writeFileSync(join(ws, 'notices/aviso.yaml'), readFileSync(join(ws, 'ejemplos/atencion-ciudadana.yaml')));
    const r = runCli(['check', '--format', 'json'], { cwd: ws });
    expect(r.stdout).not.toMatch(/"code": "(YAML|SCHEMA)-/);
  });

  it('init leaves an existing package.json alone and says what to add', () => {
    const ws = tmp();
    writeFileSync(join(ws, 'package.json'), '{"name":"mio"}\n');
    const r = runCli(['init'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(ws, 'package.json'), 'utf8')).toBe('{"name":"mio"}\n');
    expect(r.stderr).toMatch(/npm install --save-dev --save-exact notice-avisos@\d/);
  });

  it('init writes nothing at all if one of its files exists', () => {
    const ws = tmp();
    mkdirSync(join(ws, 'ejemplos'));
    writeFileSync(join(ws, 'ejemplos/atencion-ciudadana.yaml'), 'mío\n');
    expect(runCli(['init'], { cwd: ws }).code).toBe(2);
    expect(readFileSync(join(ws, 'ejemplos/atencion-ciudadana.yaml'), 'utf8')).toBe('mío\n');
    expect(() => readFileSync(join(ws, 'notice.config.yaml'))).toThrow();
  });

  it('new writes a $schema modeline that resolves to the installed schema, offline', () => {
    const ws = tmp();
    expect(runCli(['init'], { cwd: ws }).code).toBe(0);
    // As `npm ci` would install it: node_modules/notice-avisos/schemas/.
    mkdirSync(join(ws, 'node_modules/notice-avisos/schemas'), { recursive: true });
    writeFileSync(join(ws, 'node_modules/notice-avisos/schemas/notice.schema.json'), readFileSync(join(ROOT, 'schemas/notice.schema.json')));
    expect(runCli(['new', 'con-modeline'], { cwd: ws }).code).toBe(0);
    const first = readFileSync(join(ws, 'notices/con-modeline.yaml'), 'utf8').split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, first).not.toBeNull();
    expect(m![1]).toBe('../node_modules/notice-avisos/schemas/notice.schema.json');
    const schema = JSON.parse(readFileSync(resolve(join(ws, 'notices'), m![1]!), 'utf8')) as { $id: string };
    expect(schema.$id).toBe((JSON.parse(readFileSync(join(ROOT, 'schemas/notice.schema.json'), 'utf8')) as { $id: string }).$id);
    // The example and the config name the same installed package.
    expect(readFileSync(join(ws, 'ejemplos/atencion-ciudadana.yaml'), 'utf8').split('\n')[0]).toBe(first);
    expect(readFileSync(join(ws, 'notice.config.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=node_modules\/notice-avisos\/schemas\/config.schema.json$/m);
    // Without an installed copy (this repository), the modeline names the running package's schema.
    const repo = tmp();
    mkdirSync(join(repo, 'notices'));
    expect(runCli(['new', 'sin-paquete', '--dir', 'notices'], { cwd: repo }).code).toBe(0);
    const line = readFileSync(join(repo, 'notices/sin-paquete.yaml'), 'utf8').split('\n')[0]!;
    expect(existsSync(resolve(join(repo, 'notices'), line.replace(/^# yaml-language-server: \$schema=/, '')))).toBe(true);
  });

  it('new adds a skeleton with every required section that passes the schema, never overwriting', () => {
    const ws = tmp();
    expect(runCli(['init'], { cwd: ws }).code).toBe(0);
    const r = runCli(['new', 'consulta-nss'], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(ws, 'notices/consulta-nss.yaml'), 'utf8');
    expect(text).toMatch(/^id: consulta-nss$/m);
    // The update date is the author's to state: the skeleton leaves it commented out, never guessed.
    expect(text).toMatch(/^# updated: AAAA-MM-DD$/m);
    expect(text).not.toMatch(/^updated:/m);
    for (const key of ['title', 'controller', 'activities', 'legalBasis', 'transfers', 'rights', 'transparencyUnit', 'changes']) expect(text).toMatch(new RegExp(`^${key}:`, 'm'));
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
