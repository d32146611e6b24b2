import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

// Spanish and English text that only one language uses: a help or error in one language must
// not contain the other's.
const SPANISH = /\b(muestra|avisos?|opciones|Uso|Órdenes|configuración|desconocida|valores)\b|[«»¿]/;
const ENGLISH = /\b(show|notices|Options|Usage|Commands|unknown|allowed|configuration)\b/;
const noLocale = { LANG: '', LC_ALL: '', LC_MESSAGES: '' };

function ws(config = ''): string {
  const d = mkdtempSync(join(tmpdir(), 'notice-conv-'));
  mkdirSync(join(d, '.git'));
  mkdirSync(join(d, 'notices'));
  if (config) writeFileSync(join(d, 'notice.config.yaml'), config);
  return d;
}

describe('one language per run', () => {
  it('help is Spanish only by default and English only under LANG=en_US.UTF-8', () => {
    const es = runCli(['--help'], { env: noLocale });
    expect(es.code).toBe(0);
    expect(es.stdout).toMatch(/^Uso: notice \[opciones\] \[orden\]/);
    expect(es.stdout).not.toMatch(ENGLISH);
    const en = runCli(['--help'], { env: { ...noLocale, LANG: 'en_US.UTF-8' } });
    expect(en.stdout).toMatch(/^Usage: notice \[options\] \[command\]/);
    expect(en.stdout).not.toMatch(SPANISH);
    for (const cmd of ['check', 'build', 'init', 'new', 'rules']) {
      const sub = runCli([cmd, '--help'], { env: { ...noLocale, LANG: 'en_US.UTF-8' } });
      expect(sub.stdout, cmd).not.toMatch(/[«»¿]| \/ [a-z]/);
      expect(runCli([cmd, '--help'], { env: noLocale }).stdout, cmd).not.toMatch(/ (show|the|of|and) /);
    }
  });

  it('commander\'s own errors and ours follow the language; --lang beats LANG, LANG beats the config', () => {
    const es = runCli(['check', '--bogus'], { env: noLocale });
    expect(es.code).toBe(2);
    expect(es.stderr).toBe('notice: error: opción desconocida «--bogus»\n');
    const en = runCli(['check', '--bogus'], { env: { ...noLocale, LANG: 'en_US.UTF-8' } });
    expect(en.stderr).toBe("notice: error: unknown option '--bogus'\n");
    expect(runCli(['chek'], { env: noLocale }).stderr).toMatch(/^notice: error: orden desconocida «chek»\. ¿Quiso decir check\?/);
    expect(runCli(['check', '--fail-on', 'x'], { env: { ...noLocale, LC_ALL: 'en_GB.UTF-8', LANG: 'es_MX.UTF-8' } }).stderr).toMatch(/argument 'x' is invalid/);
    const missing = runCli(['check', 'no-such.yaml', '--lang', 'en'], { env: { ...noLocale, LANG: 'es_MX.UTF-8' } });
    expect(missing.stderr).toBe('notice: error: No such file or folder "no-such.yaml".\n');
    const dir = ws('lang: en\n');
    expect(runCli(['check', 'no-such.yaml'], { cwd: dir, env: noLocale }).stderr).toMatch(/No such file/);
    expect(runCli(['check', 'no-such.yaml'], { cwd: dir, env: { ...noLocale, LANG: 'es_MX.UTF-8' } }).stderr).toMatch(/No existe el archivo/);
    // C.UTF-8 (CI runners) says nothing about the language: the config decides.
    expect(runCli(['check', 'no-such.yaml'], { cwd: dir, env: { ...noLocale, LANG: 'C.UTF-8' } }).stderr).toMatch(/No such file/);
  });

  it('YAML errors are in the run\'s language, and findings too', () => {
    const dir = ws();
    writeFileSync(join(dir, 'notices/roto.yaml'), 'id: x\ntitle: [a\n  b: c\n');
    const es = runCli(['check', '--no-cache'], { cwd: dir, env: noLocale });
    expect(es.code).toBe(1);
    expect(es.stdout).toMatch(/roto.yaml:2:9 +error +Error de sintaxis YAML: las claves implícitas/);
    expect(es.stdout).not.toMatch(/Implicit keys/);
    const en = runCli(['check', '--no-cache', '--lang', 'en'], { cwd: dir, env: noLocale });
    expect(en.stdout).toMatch(/YAML syntax error: Implicit keys/);
  });

  it('LANG alone switches the findings, the summary and the build line too (not only help and errors)', () => {
    const dir = ws('lang: es\n');
    writeFileSync(join(dir, 'notices/aviso.yaml'), readFileSync(join(ROOT, 'notices/imss-digital.yaml'), 'utf8'));
    const en = runCli(['check', '--no-cache', '--today', '2026-01-15'], { cwd: dir, env: { ...noLocale, LANG: 'en_US.UTF-8' } });
    expect(en.stdout).toMatch(/notice\(s\) checked: \d+ error\(s\)/);
    expect(en.stdout).not.toMatch(/revisado|Falta|advertencia/);
    const sarif = runCli(['check', '--no-cache', '--today', '2026-01-15', '-f', 'sarif'], { cwd: dir, env: { ...noLocale, LC_ALL: 'en_US.UTF-8' } });
    const run = (JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: { fullDescription: { text: string }; help: { text: string } }[] } }; results: { message: { text: string } }[] }[] }).runs[0]!;
    expect(run.results.length).toBeGreaterThan(0);
    for (const r of run.tool.driver.rules) expect(`${r.fullDescription.text} ${r.help.text}`).not.toMatch(/Fundamento|Documentación| \/ /);
    for (const r of run.results) expect(r.message.text).not.toMatch(/«/);
    const build = runCli(['build', '--allow-errors', '--today', '2026-01-15', '--base-url', 'https://www.imss.gob.mx/avisos/'], { cwd: dir, env: { ...noLocale, LANG: 'en_US.UTF-8' } });
    expect(build.stderr).toMatch(/notice build: 1 notice\(s\)/);
    expect(build.stderr).not.toMatch(/aviso\(s\)|publicados/);
  });
});

describe('conventions from ESLint and friends', () => {
  const notice = readFileSync(join(ROOT, 'notices/imss-digital.yaml'), 'utf8');

  it('-q/--quiet reports errors only; the gate still counts every finding', () => {
    const dir = ws();
    writeFileSync(join(dir, 'notices/aviso.yaml'), notice);
    const all = runCli(['check', '-f', 'json', '--today', '2026-01-15'], { cwd: dir, env: noLocale });
    const quiet = runCli(['check', '-f', 'json', '--quiet', '--today', '2026-01-15'], { cwd: dir, env: noLocale });
    const sev = (out: string) => (JSON.parse(out) as { diagnostics: { severity: string }[] }).diagnostics.map((d) => d.severity);
    expect(sev(all.stdout)).toContain('warning');
    expect(new Set(sev(quiet.stdout))).toEqual(new Set(['error']));
    expect(quiet.code).toBe(all.code);
    expect(runCli(['check', '-q', '--max-warnings', '0', '--today', '2026-01-15'], { cwd: dir, env: noLocale }).code).toBe(1);
  });

  it('"-" reads one notice from standard input, reported under --stdin-filepath', () => {
    const dir = ws();
    const r = runCli(['check', '-', '--stdin-filepath', 'notices/desde-stdin.yaml', '-f', 'json', '--today', '2026-01-15'], { cwd: dir, env: noLocale, input: notice });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { file: string }[]; diagnostics: { file: string; line: number }[] };
    expect(report.files.map((f) => f.file)).toEqual(['notices/desde-stdin.yaml']);
    expect(report.diagnostics.every((d) => d.file === 'notices/desde-stdin.yaml')).toBe(true);
    expect(report.diagnostics.some((d) => d.line > 1)).toBe(true);
    const plain = runCli(['check', '-'], { cwd: dir, env: noLocale, input: 'id: [\n' });
    expect(plain.stdout).toMatch(/<stdin>:\d+:\d+/);
    expect(runCli(['check', '-', 'notices'], { cwd: dir, env: noLocale, input: '' }).code).toBe(2);
  });

  it('GitHub annotations appear by themselves under GITHUB_ACTIONS=true, in build too', () => {
    const dir = ws();
    writeFileSync(join(dir, 'notices/aviso.yaml'), notice);
    for (const cmd of [['check'], ['build', '--formats', 'text']]) {
      const r = runCli([...cmd, '--today', '2026-01-15'], { cwd: dir, env: { ...noLocale, GITHUB_ACTIONS: 'true', CI: 'true' } });
      expect(r.stdout, cmd[0]).toMatch(/^::(error|warning) file=notices\/aviso\.yaml,line=\d+/m);
    }
  });

  it('colour: --color > FORCE_COLOR/NO_COLOR > terminal; no colour for TERM=dumb or pipes; never JavaScript highlighting of YAML', () => {
    const dir = ws();
    writeFileSync(join(dir, 'notices/aviso.yaml'), notice);
    const esc = /\u001b\[/;
    const run = (args: string[], env: NodeJS.ProcessEnv) => runCli(['check', '--today', '2026-01-15', ...args], { cwd: dir, env: { ...noLocale, NO_COLOR: '', FORCE_COLOR: '', ...env } }).stdout;
    expect(run([], { NO_COLOR: undefined, FORCE_COLOR: undefined })).not.toMatch(esc);
    expect(run(['--color'], { NO_COLOR: '1' })).toMatch(esc);
    expect(run(['--no-color'], { FORCE_COLOR: '1' })).not.toMatch(esc);
    expect(run([], { NO_COLOR: undefined, FORCE_COLOR: '1' })).toMatch(esc);
    const coloured = run(['--color'], {});
    // Code frames: only the marker and carets are coloured, the YAML itself is left alone.
    const frameLines = coloured.split('\n').filter((l) => /^\s+(\u001b\[[0-9;]*m)?>?(\u001b\[[0-9;]*m)?\s*\d+ \|/.test(l));
    expect(frameLines.length).toBeGreaterThan(0);
    for (const l of frameLines) expect(l.replace(/^\s+(\u001b\[[0-9;]*m)?>(\u001b\[[0-9;]*m)?/, '')).not.toMatch(esc);
  });

  it('informational run notes print no code frame', () => {
    const dir = ws();
    writeFileSync(join(dir, 'notices/aviso.yaml'), readFileSync(join(ROOT, 'notices/reference-notice.yaml'), 'utf8'));
    const r = runCli(['check', '--today', '2026-01-15'], { cwd: dir, env: noLocale });
    expect(r.stdout).toMatch(/RULESET-SELECTED/);
    expect(r.stdout).not.toMatch(/\d+ \|/);
  });
});
