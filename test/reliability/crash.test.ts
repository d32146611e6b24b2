import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { bundleProblems, cli, cliAsync, exampleNotice, prng, recordFigures, SEED, sized, STACK, workspace } from './helpers.js';

// Crash safety and concurrency with the real binary and every format (PDF included): kill -9 at
// random moments of a build never corrupts the published bundle and the next build succeeds;
// SIGINT cleans up and exits 130; two builds into one folder never crash, the second waits.

const NOTICES = sized(12, 4);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function bigWorkspace(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < NOTICES; i++) files[`aviso-${i}.yaml`] = exampleNotice(`aviso-${i}`, `Aviso ${i} versión 0`);
  return workspace(files);
}

function retitle(ws: string, version: string): void {
  for (let i = 0; i < NOTICES; i++) writeFileSync(join(ws, `notices/aviso-${i}.yaml`), exampleNotice(`aviso-${i}`, `Aviso ${i} versión ${version}`));
}

const out = (ws: string) => join(ws, 'dist/avisos');
const manifestText = (ws: string) => readFileSync(join(out(ws), 'manifest.json'), 'utf8');
const siblings = (ws: string) => readdirSync(join(ws, 'dist')).filter((n) => n !== 'avisos');

async function waitFor(cond: () => boolean, ms = 60_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await sleep(20);
  }
  return false;
}

describe('crash safety and concurrency', () => {
  it(`kill -9 at random moments of a ${NOTICES}-notice build leaves the previous bundle intact; the next build succeeds`, async () => {
    const ws = bigWorkspace();
    expect(cli(['build', '--no-cache'], ws).code).toBe(0);
    // The duration of a full (warm) rebuild: the window the kill moments are drawn from.
    retitle(ws, 'medida');
    const t0 = performance.now();
    const measured = cli(['build', '--no-cache'], ws);
    const fullMs = performance.now() - t0;
    expect(measured.code, measured.stderr).toBe(0);
    const rand = prng(SEED);
    const trials = sized(10, 3);
    const outcomes = { killedBefore: 0, killedMidSwap: 0, completed: 0 };
    for (let k = 1; k <= trials; k++) {
      const before = manifestText(ws);
      retitle(ws, String(k));
      const { child, done } = cliAsync(['build', '--no-cache', '--jobs', k % 2 ? '1' : '2'], ws);
      const delay = Math.floor(rand() * fullMs);
      await sleep(delay);
      child.kill('SIGKILL');
      const r = await done;
      if (r.signal !== 'SIGKILL') {
        // It finished first: a complete new bundle.
        expect(r.code, r.stderr).toBe(0);
        outcomes.completed++;
        expect(bundleProblems(out(ws))).toEqual([]);
        continue;
      }
      if (existsSync(join(out(ws), 'manifest.json'))) {
        // Killed before the swap (the previous bundle, byte for byte) or just after it (the new one).
        const now = manifestText(ws);
        if (now === before) outcomes.killedBefore++;
        else outcomes.completed++;
        expect(bundleProblems(out(ws)), `trial ${k}, killed after ${delay} ms`).toEqual([]);
      } else {
        // Killed between the two renames: the previous bundle waits beside, whole, for the next build.
        const old = readdirSync(join(ws, 'dist')).find((n) => n.startsWith('.avisos.notice-old-'));
        expect(old, `trial ${k}: no bundle and no previous bundle beside it`).toBeDefined();
        expect(readFileSync(join(ws, 'dist', old!, 'manifest.json'), 'utf8')).toBe(before);
        outcomes.killedMidSwap++;
      }
    }
    // The next build recovers whatever the last kill left, and publishes the latest notices.
    const next = cli(['build', '--no-cache'], ws);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).not.toMatch(STACK);
    expect(bundleProblems(out(ws))).toEqual([]);
    expect(siblings(ws)).toEqual([]);
    expect(readFileSync(join(out(ws), 'aviso-0/index.html'), 'utf8')).toContain(`versión ${trials}`);
    recordFigures('crash', { killTrials: trials, notices: NOTICES, fullBuildMs: Math.round(fullMs), ...outcomes });
  }, 900_000);

  it('SIGINT during a build removes its temporary folder and lock and exits 130; the bundle is unchanged', async () => {
    const ws = bigWorkspace();
    expect(cli(['build', '--no-cache'], ws).code).toBe(0);
    const before = manifestText(ws);
    retitle(ws, 'interrumpida');
    const { child, done } = cliAsync(['build', '--no-cache', '--jobs', '1'], ws);
    const started = await waitFor(() => siblings(ws).some((n) => n.includes('notice-tmp-')));
    expect(started).toBe(true);
    child.kill('SIGINT');
    const r = await done;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/interrumpido/);
    expect(r.stderr).not.toMatch(STACK);
    expect(siblings(ws)).toEqual([]);
    expect(manifestText(ws)).toBe(before);
    expect(bundleProblems(out(ws))).toEqual([]);
    recordFigures('crash', { sigint: 'exit 130, temporary folder and lock removed' });
  }, 300_000);

  it('two builds into one folder: the second waits for the first, no crash, one consistent bundle', async () => {
    const ws = bigWorkspace();
    const rounds = sized(3, 1);
    let waited = 0;
    for (let k = 0; k < rounds; k++) {
      retitle(ws, `concurrente ${k}`);
      const a = cliAsync(['build', '--no-cache', '--jobs', '1'], ws);
      await sleep(k * 150);
      const b = cliAsync(['build', '--no-cache', '--jobs', '1'], ws);
      const [ra, rb] = await Promise.all([a.done, b.done]);
      for (const r of [ra, rb]) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).not.toMatch(STACK);
      }
      if (/esperando a que termine/.test(ra.stderr + rb.stderr)) waited++;
      expect(bundleProblems(out(ws))).toEqual([]);
      expect(siblings(ws)).toEqual([]);
      expect(readFileSync(join(out(ws), 'aviso-1/index.html'), 'utf8')).toContain(`concurrente ${k}`);
    }
    expect(waited).toBeGreaterThan(0);
    recordFigures('crash', { concurrentRounds: rounds, concurrentWaited: waited });
  }, 600_000);

  it('a second build told not to wait refuses with one clear message and exit 2', async () => {
    const ws = bigWorkspace();
    retitle(ws, 'primera');
    const a = cliAsync(['build', '--no-cache', '--jobs', '1'], ws);
    expect(await waitFor(() => existsSync(join(ws, 'dist/.avisos.notice-lock')))).toBe(true);
    const b = cli(['build', '--no-cache'], ws, { NOTICE_LOCK_WAIT_MS: '0' });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/Otra compilación \(pid \d+/);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
    expect(b.stderr).not.toMatch(STACK);
    const ra = await a.done;
    expect(ra.code, ra.stderr).toBe(0);
    expect(bundleProblems(out(ws))).toEqual([]);
  }, 300_000);

  it('a stale lock (its build was killed) or a garbled one is taken over', () => {
    const ws = bigWorkspace();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const lock = join(ws, 'dist/.avisos.notice-lock');
    for (const content of [JSON.stringify({ pid: dead, host: hostname(), started: '2025-01-01T00:00:00Z' }), '{garbled']) {
      mkdirSync(join(ws, 'dist'), { recursive: true });
      writeFileSync(lock, content);
      const r = cli(['build', '--no-cache'], ws, { NOTICE_LOCK_WAIT_MS: '0' });
      expect(r.code, r.stderr).toBe(0);
      expect(existsSync(lock)).toBe(false);
    }
    recordFigures('crash', { staleLocks: 'recovered (dead pid, garbled content)' });
  }, 300_000);
});
