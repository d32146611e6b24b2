import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { runFake, workspace } from './helpers.js';

describe('notice.config.yaml', () => {
  it('is discovered upward from the cwd, paths resolved from its folder', async () => {
    const ws = workspace(1, 'out: public/avisos\nformats: [html, pdf]\npaper: a4\nrules: { vague-language: warning }\n');
    mkdirSync(join(ws, 'notices/sub'));
    const c = await loadConfig({ cwd: join(ws, 'notices/sub') });
    expect(c.file).toBe(join(ws, 'notice.config.yaml'));
    expect(c.out).toBe(join(ws, 'public/avisos'));
    expect(c.formats).toEqual(['html', 'pdf']);
    expect(c.paper).toBe('a4');
    expect(c.rules).toEqual({ 'vague-language': 'warning' });
  });

  it('stops at the repository root', async () => {
    const ws = workspace(0);
    const inner = join(ws, 'repo');
    mkdirSync(join(inner, '.git'), { recursive: true });
    expect((await loadConfig({ cwd: inner })).file).toBeUndefined();
  });

  it('CLI flags and --config win over the discovered file', async () => {
    const ws = workspace(0, 'out: a\npaper: a4\n');
    writeFileSync(join(ws, 'other.yaml'), 'out: b\n');
    expect(await loadConfig({ cwd: ws, overrides: { out: 'c', paper: 'letter' } })).toMatchObject({ out: join(ws, 'c'), paper: 'letter' });
    expect((await loadConfig({ cwd: ws, explicitFile: 'other.yaml' })).out).toBe(join(ws, 'b'));
  });

  it('reports invalid config with file:line:col in Spanish and exit code 2', async () => {
    const ws = workspace(1, 'notices: [notices]\npaper: a5\nformats: [html, word]\nrules:\n  vague-language: fatal\noutt: x\n');
    const r = runFake(['build', '--jobs', '1'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notice.config.yaml:2:8 +CONFIG-ENUM/);
    expect(r.stderr).toMatch(/notice.config.yaml:3:17 +CONFIG-ENUM/);
    expect(r.stderr).toMatch(/notice.config.yaml:5:19 +CONFIG-ENUM/);
    expect(r.stderr).toMatch(/notice.config.yaml:6:1 +CONFIG-UNKNOWN-PROPERTY .*«outt».*¿Quiso decir «out»\?/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a YAML syntax error and a bad --base-url', async () => {
    const ws = workspace(1, 'out: [\n');
    expect(runFake(['build'], ws).stderr).toMatch(/notice.config.yaml:\d+:\d+ +YAML-SYNTAX/);
    const ok = workspace(1, '');
    expect(runFake(['build', '--base-url', 'ftp://x'], ok).code).toBe(2);
  });

  it('an unknown rule id is a config error with its position and the closest id (exit 2), in the run\'s language', () => {
    const ws = workspace(1, 'notices: [notices]\nrules:\n  vage-language: warning\n  link-insecure: fatal\nfoo: 1\n');
    const es = runFake(['check'], ws);
    expect(es.code).toBe(2);
    expect(es.stderr).toMatch(/^notice: error de configuración: /);
    expect(es.stderr).toMatch(/notice.config.yaml:3:3 +CONFIG-UNKNOWN-RULE +No existe la regla «vage-language» en `rules`\. ¿Quiso decir «vague-language»\?/);
    expect(es.stderr).toMatch(/notice.config.yaml:4:18 +CONFIG-ENUM/);
    // An unknown key is a key of the configuration, not of a notice.
    expect(es.stderr).toMatch(/notice.config.yaml:5:1 +CONFIG-UNKNOWN-PROPERTY +La clave «foo» no existe en la configuración\./);
    expect(es.stderr).not.toMatch(/aviso\b/);
    const en = runFake(['build', '--lang', 'en'], ws);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^notice: configuration error: The configuration file "notice.config.yaml" is not valid:/);
    expect(en.stderr).toMatch(/CONFIG-UNKNOWN-RULE +There is no rule "vage-language" in `rules`\. Did you mean "vague-language"\?/);
    expect(en.stderr).not.toMatch(/[«»]|¿/);
  });

  it('--print-config prints the settings, ruleset and effective severities that apply to a notice', () => {
    const ws = workspace(1, 'notices: [notices]\npaper: a4\nrules: { vague-language: \'off\' }\n');
    const r = runFake(['check', '--print-config', 'notices/aviso-0.yaml', '--today', '2026-01-15'], ws);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as Record<string, unknown> & { rules: Record<string, string> };
    expect(c).toMatchObject({ file: 'notices/aviso-0.yaml', configFile: 'notice.config.yaml', paper: 'a4', out: 'dist/avisos', ruleset: 'lgpdppso-2025', today: '2026-01-15', baseUrl: null });
    expect(c.rules['vague-language']).toBe('off');
    expect(c.rules['link-insecure']).toMatch(/^(error|warning|info)$/);
    expect(runFake(['check', '--print-config', 'no-such.yaml'], ws).code).toBe(2);
  });

  it('a sample base URL is an error before anything is published; a missing one is a warning', () => {
    const ws = workspace(1, 'notices: [notices]\n# comentario\nbaseUrl: https://www.ejemplo.gob.mx/avisos/\n');
    const r = runFake(['build'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notice.config.yaml:3:10 +CONFIG-BASE-URL-PLACEHOLDER +La URL base «https:\/\/www.ejemplo.gob.mx\/avisos\/» es de ejemplo/);
    expect(existsSync(join(ws, 'dist/avisos'))).toBe(false);
    // check does not publish: the base URL does not concern it.
    expect(runFake(['check'], ws).code).toBe(0);
    const flag = runFake(['build', '--base-url', 'https://avisos.invalid/'], workspace(1, ''));
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--base-url +CONFIG-BASE-URL-PLACEHOLDER/);
    const none = workspace(1, 'notices: [notices]\n');
    const built = runFake(['build'], none);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/Sin URL base .* no se genera sitemap.xml/);
    expect(existsSync(join(none, 'dist/avisos/sitemap.xml'))).toBe(false);
  });
});
