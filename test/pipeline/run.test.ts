import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The compiled library: worker threads load dist/pipeline/worker.js.
import { build, check } from '../../dist/index.js';
import { runNotices } from '../../dist/pipeline/run.js';
import { fileRunCache } from '../../dist/io/run-cache.js';
import { readSources } from '../../dist/io/read-sources.js';
import { workspace, writeNotice } from '../build/helpers.js';

const TODAY = '2026-03-02';
const options = (today = TODAY) => ({ lang: 'es' as const, evaluation: { today } });

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

describe('runNotices: the one runner', () => {
  it('gives the same findings on worker threads as in one thread, in input order', async () => {
    const { ws, files } = corpus(30);
    const sources = await readSources(files, ws);
    const serial = await runNotices({ sources, options: options(), toolVersion: 't', jobs: 1 });
    const parallel = await runNotices({ sources, options: options(), toolVersion: 't', jobs: 2 });
    expect(parallel.notices.map((r) => r.file)).toEqual(files);
    expect(parallel.diagnostics).toEqual(serial.diagnostics);
    // Sources read as bytes (a build) are decoded where needed: same findings, same texts and hashes.
    const bytes = await runNotices({ sources: await readSources(files, ws, 'bytes'), options: options(), toolVersion: 't', jobs: 2 });
    expect(bytes.diagnostics).toEqual(serial.diagnostics);
    expect(bytes.notices.map((r) => [r.text, r.sha256, r.key])).toEqual(serial.notices.map((r) => [r.text, r.sha256, r.key]));
    const failing = serial.notices.filter((r) => r.result.diagnostics.some((d) => d.severity === 'error')).map((r) => r.file);
    expect(failing).toEqual(files.filter((_, i) => i % 7 === 3));
    const text3 = readFileSync(join(ws, 'notices/aviso-3.yaml'), 'utf8');
    // A missing top-level key is reported where the notice's mapping starts: its first key.
    const line3 = text3.split('\n').findIndex((l) => l.startsWith('id:')) + 1;
    expect(serial.notices[3]!.result.diagnostics.find((d) => d.code === 'SCHEMA-REQUIRED')).toMatchObject({ file: 'notices/aviso-3.yaml', range: { start: { line: line3, column: 1 } } });
  });

  it('answers unchanged files from the cache, keyed by content, tool version, options and today', async () => {
    const { ws, files } = corpus(5);
    const dir = join(ws, '.notice-cache');
    const run = async (o: { today?: string; version?: string; lang?: 'es' | 'en' } = {}) =>
      runNotices({ sources: await readSources(files, ws), options: { ...options(o.today), lang: o.lang ?? 'es' }, toolVersion: o.version ?? 't', cache: fileRunCache(dir, o.version ?? 't'), jobs: 1 });
    const first = await run();
    expect(first.notices.every((r) => !r.cached)).toBe(true);
    const second = await run();
    expect(second.notices.every((r) => r.cached)).toBe(true);
    expect(second.diagnostics).toEqual(first.diagnostics);
    writeNotice(ws, 'aviso-1', 'Cambiado');
    expect((await run()).notices.map((r) => r.cached)).toEqual([true, false, true, true, true]);
    expect((await run({ version: 'u' })).notices.some((r) => r.cached)).toBe(false);
    expect((await run({ lang: 'en' })).notices.some((r) => r.cached)).toBe(false);
    // "Today" is an input of the run: another day, nothing from the cache.
    expect((await run({ today: '2026-03-03' })).notices.some((r) => r.cached)).toBe(false);
  });

  it('reports unreadable files as IO diagnostics, not exceptions', async () => {
    const { ws } = corpus(1);
    writeFileSync(join(ws, 'notices/latin1.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xf1, 0x0a]));
    const r = await runNotices({ sources: await readSources(['notices/latin1.yaml', 'notices/missing.yaml'], ws), options: options(), toolVersion: 't' });
    expect(r.notices.map((x) => [x.ioError, x.result.diagnostics[0]?.code])).toEqual([
      [true, 'IO-ENCODING'],
      [true, 'IO-READ'],
    ]);
    expect(r.ioFailure).toBe(true);
  });

  it('rules across notices see only notices that passed the schema', async () => {
    const { ws } = corpus(2);
    // A malformed ARCO channel: the schema reports it; the workspace rules must not crash on it.
    writeNotice(ws, 'aviso-2', 'Roto', (t) => t.replace(/^transparencyUnit:\n/m, 'transparencyUnit: 42\ntransparencyUnitX:\n'));
    const r = await runNotices({ sources: await readSources(['notices/aviso-0.yaml', 'notices/aviso-1.yaml', 'notices/aviso-2.yaml'], ws), options: options(), toolVersion: 't', jobs: 1 });
    expect(r.notices[2]!.result.schemaValid).toBe(false);
    expect(r.diagnostics.some((d) => d.file === 'notices/aviso-2.yaml' && d.code.startsWith('SCHEMA-'))).toBe(true);
  });
});

describe('check and build: same runner, same findings, same gate', () => {
  it('give the same diagnostics for the same workspace', async () => {
    const { ws } = corpus(4);
    // Same controller, another Transparency Unit: a finding across notices.
    writeNotice(ws, 'aviso-1', 'Aviso 1', (t) => t.replace(/(transparencyUnit:\n  address:\n    street: )(.*)/, '$1Calle Distinta'));
    const config = join(ws, 'notice.config.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}formats: [text]\n`);
    const c = await check({ cwd: ws, today: TODAY, cache: false });
    const b = await build({ cwd: ws, today: TODAY, cache: false, jobs: 1 });
    const strip = (ds: { code: string }[]) => ds.filter((d) => !/^(BUILD|RENDER)-/.test(d.code));
    expect(strip(b.diagnostics)).toEqual(c.diagnostics);
    expect(c.diagnostics.some((d) => d.code === 'workspace-transparency-unit-mismatch')).toBe(true);
    expect(b.passed).toBe(c.passed);
    for (const failOn of ['error', 'warning', 'info'] as const) {
      const cc = await check({ cwd: ws, today: TODAY, thresholds: { failOn } });
      const bb = await build({ cwd: ws, today: TODAY, thresholds: { failOn }, jobs: 1 });
      expect([failOn, bb.passed]).toEqual([failOn, cc.passed]);
    }
  });

  it('the manifest records the law the rules applied', async () => {
    const { ws } = corpus(1);
    writeNotice(ws, 'aviso-0', 'Aviso 0', (t) => t.replace(/^updated: .*$/m, 'updated: 2025-03'));
    const config = join(ws, 'notice.config.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}formats: [text]\n`);
    const b = await build({ cwd: ws, today: TODAY, cache: false, jobs: 1 });
    expect(b.rulesets.get('notices/aviso-0.yaml')).toBe('lgpdppso-2025');
    const manifest = JSON.parse(readFileSync(join(ws, 'dist/avisos/manifest.json'), 'utf8')) as { notices: { law: string }[] };
    expect(manifest.notices[0]!.law).toBe('LGPDPPSO-2025');
  });
});

describe('a build compiles with the check, and the rules across notices still decide', () => {
  it('a notice whose only error comes from another notice is not published, or is a draft with --allow-errors', async () => {
    const { ws } = corpus(2);
    writeNotice(ws, 'aviso-1', 'Aviso 1', (t) => t.replace(/(transparencyUnit:\n  address:\n    street: )(.*)/, '$1Calle Distinta'));
    const config = join(ws, 'notice.config.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}formats: [html]\nrules:\n  workspace-transparency-unit-mismatch: error\n`);
    const strict = await build({ cwd: ws, today: TODAY, cache: false, jobs: 1 });
    expect(strict.notices.map((n) => [n.file, n.status])).toEqual([['notices/aviso-0.yaml', 'built'], ['notices/aviso-1.yaml', 'failed']]);
    const lenient = await build({ cwd: ws, today: TODAY, cache: false, jobs: 1, allowErrors: true });
    expect(lenient.notices.map((n) => n.status)).toEqual(['built', 'draft']);
    // Compiled again as a draft: the page carries the draft banner, not the final one compiled with the check.
    expect(readFileSync(join(ws, 'dist/avisos/aviso-1/index.html'), 'utf8')).toContain('BORRADOR — no cumple con la LGPDPPSO');
    expect(readFileSync(join(ws, 'dist/avisos/aviso-0/index.html'), 'utf8')).not.toContain('BORRADOR — no cumple con la LGPDPPSO');
  });

  it('several notices compiled again as drafts each publish their own files, serial and on worker threads', async () => {
    for (const jobs of [1, 2]) {
      const { ws } = corpus(4);
      for (const [i, street] of [[1, 'Calle Distinta'], [2, 'Otra Calle'], [3, 'Tercera Calle']] as const) {
        writeNotice(ws, `aviso-${i}`, `Aviso ${i}`, (t) => t.replace(/(transparencyUnit:\n  address:\n    street: )(.*)/, `$1${street}`));
      }
      const config = join(ws, 'notice.config.yaml');
      writeFileSync(config, `${readFileSync(config, 'utf8')}formats: [html]\nrules:\n  workspace-transparency-unit-mismatch: error\n`);
      const b = await build({ cwd: ws, today: TODAY, cache: false, jobs, allowErrors: true });
      expect(b.notices.filter((n) => n.status === 'draft').length, `jobs ${jobs}`).toBeGreaterThan(1);
      for (let i = 0; i < 4; i++) expect(readFileSync(join(ws, `dist/avisos/aviso-${i}/index.html`), 'utf8'), `jobs ${jobs}, aviso-${i}`).toContain(`<h1>Aviso ${i}</h1>`);
    }
  });
});
