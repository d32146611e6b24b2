import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The compiled library: worker threads load dist/build/workers/compile-worker.js.
import { checkFiles } from '../../dist/compile/check-files.js';
import { workspace, writeNotice } from './helpers.js';

function corpus(n: number): { ws: string; files: string[] } {
  const ws = workspace(0);
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const broken = i % 7 === 3;
    writeNotice(ws, `aviso-${i}`, `Aviso ${i}`, (t) => (broken ? t.replace(/^changes:/m, 'changez:') : t));
    files.push(`notices/aviso-${i}.yaml`);
  }
  return { ws, files };
}

describe('checkFiles (parallel, cached)', () => {
  it('gives the same findings on worker threads as in one thread, in input order', async () => {
    const { ws, files } = corpus(30);
    const serial = await checkFiles(files, { cwd: ws, toolVersion: 't', cacheDir: false, jobs: 1 });
    const parallel = await checkFiles(files, { cwd: ws, toolVersion: 't', cacheDir: false, jobs: 2 });
    expect(parallel.map((r) => r.file)).toEqual(files);
    expect(parallel.map((r) => r.diagnostics)).toEqual(serial.map((r) => r.diagnostics));
    const failing = serial.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).map((r) => r.file);
    expect(failing).toEqual(files.filter((_, i) => i % 7 === 3));
    expect(serial[3]!.diagnostics[0]).toMatchObject({ code: 'SCHEMA-REQUIRED', file: 'notices/aviso-3.yaml', range: { start: { line: 9, column: 1 } } });
  });

  it('answers unchanged files from the cache, keyed by content, tool version and options', async () => {
    const { ws, files } = corpus(5);
    const cacheDir = join(ws, '.notice-cache');
    const first = await checkFiles(files, { cwd: ws, toolVersion: 't', cacheDir });
    expect(first.every((r) => !r.cached)).toBe(true);
    expect(existsSync(join(cacheDir, 'check-v1.json'))).toBe(true);
    const second = await checkFiles(files, { cwd: ws, toolVersion: 't', cacheDir });
    expect(second.every((r) => r.cached)).toBe(true);
    expect(second.map((r) => r.diagnostics)).toEqual(first.map((r) => r.diagnostics));
    writeNotice(ws, 'aviso-1', 'Cambiado');
    const third = await checkFiles(files, { cwd: ws, toolVersion: 't', cacheDir });
    expect(third.map((r) => r.cached)).toEqual([true, false, true, true, true]);
    expect((await checkFiles(files, { cwd: ws, toolVersion: 'u', cacheDir })).some((r) => r.cached)).toBe(false);
    expect((await checkFiles(files, { cwd: ws, toolVersion: 'u', cacheDir, lang: 'en' })).some((r) => r.cached)).toBe(false);
  });

  it('reports unreadable files as IO diagnostics, not exceptions', async () => {
    const { ws } = corpus(1);
    writeFileSync(join(ws, 'notices/latin1.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xf1, 0x0a]));
    const r = await checkFiles(['notices/latin1.yaml', 'notices/missing.yaml'], { cwd: ws, toolVersion: 't', cacheDir: false });
    expect(r.map((x) => [x.ioError, x.diagnostics[0]?.code])).toEqual([
      [true, 'IO-ENCODING'],
      [true, 'IO-READ'],
    ]);
  });
});
