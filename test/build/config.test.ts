import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { runFake, workspace } from './helpers.js';

describe('notice.config.yaml', () => {
  it('is discovered upward from the cwd, paths resolved from its folder', async () => {
    const ws = workspace(1, 'out: public/avisos\nformats: [html, pdf]\npaper: a4\nrules: { some-rule: warning }\n');
    mkdirSync(join(ws, 'notices/sub'));
    const c = await loadConfig({ cwd: join(ws, 'notices/sub') });
    expect(c.file).toBe(join(ws, 'notice.config.yaml'));
    expect(c.out).toBe(join(ws, 'public/avisos'));
    expect(c.formats).toEqual(['html', 'pdf']);
    expect(c.paper).toBe('a4');
    expect(c.rules).toEqual({ 'some-rule': 'warning' });
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
    const ws = workspace(1, 'notices: [notices]\npaper: a5\nformats: [html, word]\nrules:\n  x: fatal\noutt: x\n');
    const r = runFake(['build', '--jobs', '1'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/notice.config.yaml:2:8 +CONFIG-ENUM/);
    expect(r.stderr).toMatch(/notice.config.yaml:3:17 +CONFIG-ENUM/);
    expect(r.stderr).toMatch(/notice.config.yaml:5:6 +CONFIG-ENUM/);
    expect(r.stderr).toMatch(/notice.config.yaml:6:1 +CONFIG-UNKNOWN-PROPERTY .*«outt».*¿Quiso decir «out»\?/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a YAML syntax error and a bad --base-url', async () => {
    const ws = workspace(1, 'out: [\n');
    expect(runFake(['build'], ws).stderr).toMatch(/notice.config.yaml:\d+:\d+ +YAML-SYNTAX/);
    const ok = workspace(1, '');
    expect(runFake(['build', '--base-url', 'ftp://x'], ok).code).toBe(2);
  });
});
