import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('installs globally from the tarball: notice --version, init, check and build work', () => {
    const prefix = join(dir, 'global');
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    const install = run('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(dir, tarball)], dir);
    expect(install.code, install.err).toBe(0);
    const bin = join(prefix, 'bin', 'notice');
    const ws = join(dir, 'global-ws');
    mkdirSync(ws);
    expect(run(bin, ['--version'], ws).out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    for (const args of [['init'], ['check'], ['build']]) {
      const r = run(bin, args, ws);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(0);
    }
    expect(existsSync(join(ws, 'dist/avisos/manifest.json'))).toBe(true);
  });

  it('init in an empty folder gives a workspace whose own CI commands pass: npm ci, check, build', () => {
    const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
    const ws = join(dir, 'fresh');
    mkdirSync(ws);
    const init = run(join(project, 'node_modules/.bin/notice'), ['init'], ws);
    expect(init.code, init.err).toBe(0);
    // The generated package.json pins this very version; point it at the tarball, as a registry would serve it.
    const pkg = JSON.parse(readFileSync(join(ws, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['notice-avisos']).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    pkg.devDependencies['notice-avisos'] = `file:${tarball}`;
    writeFileSync(join(ws, 'package.json'), JSON.stringify(pkg, null, 2));
    const lock = run('npm', ['install', '--package-lock-only', '--prefer-offline', '--no-audit', '--no-fund'], ws);
    expect(lock.code, lock.err).toBe(0);
    // The commands of the generated GitHub workflow, in order, as GitHub runs them.
    const workflow = readFileSync(join(ws, '.github/workflows/avisos.yml'), 'utf8');
    const commands = [...workflow.matchAll(/^\s+- run: (.+)$/gm)].map((m) => m[1]!);
    expect(commands).toEqual(['npm ci', 'npx notice check --format github --format "markdown:$GITHUB_STEP_SUMMARY"', 'npx notice build']);
    const summary = join(dir, 'step-summary.md');
    for (const command of commands) {
      const r = spawnSync('bash', ['-c', command], { cwd: ws, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_STEP_SUMMARY: summary, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_prefer_offline: 'true' } });
      expect(r.status, `${command}\n${r.stdout}\n${r.stderr}`).toBe(0);
    }
    expect(readFileSync(summary, 'utf8')).toMatch(/Revisión de avisos de privacidad/);
    // And GitLab's: the same check with a Code Quality report, then the build.
    const gitlab = readFileSync(join(ws, '.gitlab-ci.yml'), 'utf8');
    expect(gitlab).toContain('npx notice check --format stylish --format gitlab:gl-code-quality-report.json');
    const gl = spawnSync('bash', ['-c', 'npx notice check --format stylish --format gitlab:gl-code-quality-report.json && npx notice build'], { cwd: ws, encoding: 'utf8', env: { ...process.env, GITLAB_CI: 'true', CI: 'true', NO_COLOR: '1' } });
    expect(gl.status, gl.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(ws, 'gl-code-quality-report.json'), 'utf8'))).toEqual([]);
  });
});
