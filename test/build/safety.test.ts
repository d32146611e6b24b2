import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSafeId, isSafeOutputPath } from '../../src/pipeline/safe-id.js';
import { ROOT } from '../helpers/cli.js';
import { runFake, verifyBundle, workspace, writeNotice } from './helpers.js';

describe('output folder safety', () => {
  it.each([
    ['the workspace root', '.'],
    ['a parent of the workspace', '..'],
    ['the notices folder', 'notices'],
    ['the cache folder', '.notice-cache'],
  ])('refuses %s (exit 2, nothing written)', (_name, out) => {
    const ws = workspace(1);
    const before = readdirSync(ws).sort();
    const r = runFake(['build', '--jobs', '1', '--out', out], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Carpeta de salida rechazada/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(ws).sort()).toEqual(before);
  });

  it('refuses dist/ of a package and the folder holding the compiled CLI', () => {
    const ws = workspace(1);
    writeFileSync(join(ws, 'package.json'), '{}\n');
    expect(runFake(['build', '--jobs', '1', '--out', 'dist'], ws).code).toBe(2);
    expect(runFake(['build', '--jobs', '1', '--out', join(ROOT, 'dist')], ws).stderr).toMatch(/notice compilado/);
    mkdirSync(join(ws, 'other/cli'), { recursive: true });
    writeFileSync(join(ws, 'other/cli/main.js'), '');
    expect(runFake(['build', '--jobs', '1', '--out', 'other'], ws).stderr).toMatch(/CLI compilado/);
  });

  it('refuses a folder with files it does not own, and leaves them alone', () => {
    const ws = workspace(1);
    mkdirSync(join(ws, 'public'));
    writeFileSync(join(ws, 'public/keep.txt'), 'mine\n');
    const r = runFake(['build', '--jobs', '1', '--out', 'public'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no es de notice/);
    expect(readFileSync(join(ws, 'public/keep.txt'), 'utf8')).toBe('mine\n');
    // A file slipped into an owned bundle blocks the next build too.
    expect(runFake(['build', '--jobs', '1'], ws).code).toBe(0);
    writeFileSync(join(ws, 'dist/avisos/extra.html'), 'x');
    const again = runFake(['build', '--jobs', '1'], ws);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/«extra.html»/);
    expect(existsSync(join(ws, 'dist/avisos/extra.html'))).toBe(true);
  });

  it('--clean empties only its own folder', () => {
    const ws = workspace(2);
    runFake(['build', '--jobs', '1'], ws);
    writeFileSync(join(ws, 'dist/sibling.txt'), 'not ours\n');
    const r = runFake(['build', '--jobs', '1', '--clean'], ws);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/0 de caché/);
    expect(readFileSync(join(ws, 'dist/sibling.txt'), 'utf8')).toBe('not ours\n');
    verifyBundle(join(ws, 'dist/avisos'));
  });
});

describe('notice ids and output paths', () => {
  it('accepts only plain slugs as folder names', () => {
    for (const ok of ['a', 'consulta-nss', 'aviso-2025']) expect(isSafeId(ok)).toBe(true);
    for (const bad of ['', '..', '../x', 'a/b', '/abs', 'A', 'a b', 'a.b', '-a', 'a-', 'a--b', 'ñ', 'x'.repeat(101)]) expect(isSafeId(bad)).toBe(false);
  });

  it('accepts only relative, clean emitter paths', () => {
    for (const ok of ['index.html', 'pdf/aviso.pdf']) expect(isSafeOutputPath(ok)).toBe(true);
    for (const bad of ['', '/etc/x', '../x', 'a/../b', 'a\\b', '.hidden', 'a/./b']) expect(isSafeOutputPath(bad)).toBe(false);
  });

  it('rejects a notice whose id is not a safe slug, with a positioned error', () => {
    const ws = workspace(0);
    writeNotice(ws, 'x', 'Malo', (t) => t.replace(/^id: .*$/m, 'id: ../../etc'));
    const r = runFake(['build', '--jobs', '1'], ws);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/notices\/x\.yaml:\d+:5 +error/);
    expect(existsSync(join(ws, 'etc'))).toBe(false);
  });
});
