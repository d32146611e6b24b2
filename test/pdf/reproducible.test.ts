import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { referenceNoticeFiles } from './notices.js';

const SCRIPT = join(ROOT, 'test/pdf/emit-hashes.mjs');

function run(tz: string, cwd: string, files: string[]): Record<string, string[]> {
  const r = spawnSync(process.execPath, [SCRIPT, ...files], {
    cwd,
    env: { PATH: process.env.PATH, TZ: tz, LANG: tz === 'UTC' ? 'C' : 'es_MX.UTF-8', SOURCE_DATE_EPOCH: '1744675200' },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, string[]>;
}

// Uses the built emitters (dist/): `npm test` builds first.
test('two processes in different directories and time zones produce byte-identical PDFs', () => {
  const files = referenceNoticeFiles();
  const dirs = [mkdtempSync(join(tmpdir(), 'notice-pdf-a-')), mkdtempSync(join(tmpdir(), 'notice-pdf-b-'))];
  try {
    const utc = run('UTC', dirs[0]!, files);
    const mx = run('America/Mexico_City', dirs[1]!, files);
    expect(Object.keys(utc)).toHaveLength(files.length * 2);
    expect(mx).toEqual(utc);
    // Within a process, the first (cold) and second (warm) render agree too.
    for (const [key, [cold, warm]] of Object.entries(utc)) expect(warm, key).toBe(cold);
    // Different documents never share a hash.
    expect(new Set(Object.values(utc).map((h) => h[0])).size).toBe(files.length * 2);
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}, 120_000);
