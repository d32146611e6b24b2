import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFake, spawnFake, verifyBundle, workspace, writeNotice } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('atomic output', () => {
  it('a build killed with SIGKILL mid-way leaves the previous output complete', async () => {
    const ws = workspace(6);
    expect(runFake(['build', '--jobs', '1'], ws).code).toBe(0);
    const out = join(ws, 'dist/avisos');
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    for (let i = 0; i < 6; i++) writeNotice(ws, `aviso-${i}`, `Cambiado ${i}`);
    // 6 notices x 6 formats x 150 ms: the build is still compiling when it is killed.
    const child = spawnFake(['build', '--jobs', '1'], ws, { NOTICE_TEST_DELAY_MS: '150' });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.once('exit', (_code, signal) => r(signal)));
    await sleep(1500);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // A temporary folder of a build killed while writing (ours: name and marker) is cleaned up too.
    mkdirSync(join(ws, 'dist/.avisos.notice-tmp-1-dead/aviso-0'), { recursive: true });
    writeFileSync(join(ws, 'dist/.avisos.notice-tmp-1-dead/.notice-tmp'), '');
    // Killed right after creating its folder (empty), or after dropping the marker and before the
    // swap (a finished bundle of ours): both are ours too.
    mkdirSync(join(ws, 'dist/.avisos.notice-tmp-2-dead'));
    mkdirSync(join(ws, 'dist/.avisos.notice-tmp-3-dead'));
    writeFileSync(join(ws, 'dist/.avisos.notice-tmp-3-dead/manifest.json'), before);
    // A folder with our name but someone else's content is left alone.
    mkdirSync(join(ws, 'dist/.avisos.notice-tmp-4-other'));
    writeFileSync(join(ws, 'dist/.avisos.notice-tmp-4-other/notas.txt'), 'no es de notice');
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
    verifyBundle(out);
    // The next build cleans the leftovers and succeeds.
    const r = runFake(['build', '--jobs', '1'], ws);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(ws, 'dist')).sort()).toEqual(['.avisos.notice-tmp-4-other', 'avisos']);
    expect(readFileSync(join(out, 'aviso-3/index.html'), 'utf8')).toContain('Cambiado 3');
  });

  it('a build killed between the two renames is recovered by the next build', () => {
    const ws = workspace(1);
    runFake(['build', '--jobs', '1'], ws);
    renameSync(join(ws, 'dist/avisos'), join(ws, 'dist/.avisos.notice-old-1-abcd'));
    const r = runFake(['build', '--jobs', '1'], ws);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 de caché/);
    expect(existsSync(join(ws, 'dist/.avisos.notice-old-1-abcd'))).toBe(false);
    verifyBundle(join(ws, 'dist/avisos'));
  });
});
