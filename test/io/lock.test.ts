import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, lockFileFor } from '../../src/io/lock.js';

describe('the output folder lock', () => {
  it('removes the private files a killed build left while taking or breaking the lock, and only those', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-lock-'));
    const out = join(dir, 'avisos');
    const file = lockFileFor(out);
    // Above Linux's largest pid: no such process. (A kill -9 between writing and linking leaves these.)
    const dead = 2 ** 22 + 4321;
    writeFileSync(`${file}.${dead}.tmp`, '{}\n');
    writeFileSync(`${file}.stale-${dead}`, '{}\n');
    // A running process's tmp file (a build waiting for the lock) stays; so do unrelated files.
    writeFileSync(`${file}.${process.ppid}.tmp`, '{}\n');
    writeFileSync(join(dir, 'other.tmp'), 'x');
    const lock = await acquireLock(out, { waitMs: 0 });
    expect(readdirSync(dir).sort()).toEqual(['.avisos.notice-lock', `.avisos.notice-lock.${process.ppid}.tmp`, 'other.tmp']);
    lock.release();
    expect(existsSync(file)).toBe(false);
  });
});
