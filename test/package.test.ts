import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const run = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
};

// Packs the package as npm would publish it and installs the tarball in an empty project: the
// exports map, the types and the binary must work from there, not only from this checkout.
describe('the packed package', { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'notice-pack-'));
  const project = join(dir, 'project');

  it('installs from its tarball and the library API works: import { check, build, loadConfig }', () => {
    const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT);
    expect(pack.code, pack.err).toBe(0);
    const [info] = JSON.parse(pack.out) as { filename: string; files: { path: string }[] }[];
    const paths = info!.files.map((f) => f.path);
    expect(paths).toContain('dist/index.js');
    expect(paths).toContain('dist/index.d.ts');
    expect(paths.some((p) => p.startsWith('dist/avisos/'))).toBe(false);
    expect(paths.some((p) => p.startsWith('test/') || p.startsWith('src/'))).toBe(false);

    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'usuario', private: true, type: 'module' }));
    const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, info!.filename)], project);
    expect(install.code, install.err).toBe(0);

    mkdirSync(join(project, 'notices'));
    cpSync(join(ROOT, 'notices/reference-notice.yaml'), join(project, 'notices/aviso.yaml'));
    writeFileSync(
      join(project, 'use.mjs'),
      [
        "import { check, build, loadConfig, CATALOGUE, toolVersion } from 'notice-avisos';",
        "const config = await loadConfig({ cwd: process.cwd() });",
        "const c = await check({ cwd: process.cwd(), today: '2026-01-15', cache: false });",
        "const b = await build({ cwd: process.cwd(), today: '2026-01-15', cache: false, config: { ...config, formats: ['text', 'jsonld'] } });",
        "console.log(JSON.stringify({ version: toolVersion(), files: c.files, passed: c.passed, errors: c.diagnostics.filter((d) => d.severity === 'error').length, built: b.notices.map((n) => n.status), codes: Object.keys(CATALOGUE).length }));",
      ].join('\n'),
    );
    const use = run(process.execPath, ['use.mjs'], project);
    expect(use.code, use.err).toBe(0);
    const got = JSON.parse(use.out) as { version: string; files: string[]; passed: boolean; errors: number; built: string[]; codes: number };
    expect(got.version).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(got.files).toEqual(['notices/aviso.yaml']);
    expect(got.built).toHaveLength(1);
    expect(got.codes).toBeGreaterThan(20);
  });

  it('ships types that a strict TypeScript project compiles against', () => {
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { check, type CheckResult, type Diagnostic } from 'notice-avisos';",
        'const r: CheckResult = await check({ today: "2026-01-15" });',
        'const first: Diagnostic | undefined = r.diagnostics[0];',
        'export const summary: string = `${r.passed} ${first?.code ?? ""}`;',
      ].join('\n'),
    );
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }));
    const tsc = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], project);
    expect(tsc.code, tsc.out + tsc.err).toBe(0);
  });

  it('puts the notice binary on the path of the project', () => {
    const v = run(join(project, 'node_modules/.bin/notice'), ['--version'], project);
    expect(v.code, v.err).toBe(0);
    expect(v.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
