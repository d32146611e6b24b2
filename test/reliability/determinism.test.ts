import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, recordFigures, ROOT, snapshotTree, workspace } from './helpers.js';

// Same input, same bytes: two builds of the repository's notices (real IMSS transcriptions with
// findings, built as drafts, and the reference notice) in two different folders, from different
// working directories, under different time zones, locales and worker counts: every file equal.

describe('determinism', () => {
  it('two builds under different TZ, LANG, cwd and -j are byte-identical, every file', () => {
    const files = Object.fromEntries(readdirSync(join(ROOT, 'notices')).filter((n) => n.endsWith('.yaml')).map((n) => [n, readFileSync(join(ROOT, 'notices', n), 'utf8')]));
    const a = workspace(files);
    const b = join(mkdtempSync(join(tmpdir(), 'notice-det-other-')), 'deeper', 'copy');
    cpSync(a, b, { recursive: true });
    const ra = cli(['build', '--allow-errors', '--no-cache', '--jobs', '1'], a, { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
    // From a subfolder: the config is discovered upward; the output lands beside it all the same.
    const rb = cli(['build', '--allow-errors', '--no-cache', '--jobs', '2'], join(b, 'notices'), { TZ: 'Pacific/Kiritimati', LANG: 'es_MX.UTF-8', LC_ALL: 'es_MX.UTF-8' });
    expect([ra.code, rb.code], ra.stderr + rb.stderr).toEqual([1, 1]);
    const ta = snapshotTree(join(a, 'dist/avisos'));
    const tb = snapshotTree(join(b, 'dist/avisos'));
    expect(ta.length).toBeGreaterThan(20);
    expect(tb).toEqual(ta);
    recordFigures('determinism', { files: ta.filter((e) => !e.endsWith('/')).length, notices: Object.keys(files).length, variants: 'TZ UTC vs Pacific/Kiritimati, LANG C vs es_MX.UTF-8, cwd root vs subfolder, -j 1 vs -j 2, different absolute paths' });
  }, 600_000);
});
