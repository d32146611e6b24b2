import fc from 'fast-check';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../dist/index.js';
import { mildNoticeCase, noticeCase, renderCase } from './arbitraries.js';
import { bundleProblems, cli, manifestOf, recordFigures, SEED, sized, STACK, workspace } from './helpers.js';
import { diagnosticProblems } from './invariants.js';

// A sample of generated notices through `build`, in process and through the binary: half of them
// hostile texts in an otherwise valid notice (they reach the emitters, HTML, PDF, text, JSON-LD),
// half anything at all. No crash, no render failure, failed notices publish nothing, the bundle is
// exactly its manifest.

function sample(n: number, seed: number): Record<string, string> {
  const mild = fc.sample(mildNoticeCase, { seed, numRuns: Math.ceil(n / 2) });
  const wild = fc.sample(noticeCase, { seed: seed + 1, numRuns: Math.floor(n / 2) });
  return Object.fromEntries([...mild, ...wild].map((c, i) => [`b-${i}.yaml`, renderCase(c, `b-${i}`)]));
}

/** Folders of the bundle that belong to no published notice. */
function strayFolders(out: string): string[] {
  const m = manifestOf(out);
  const published = new Set(m.notices.map((n) => n.id));
  return readdirSync(out, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'assets' && !published.has(e.name))
    .map((e) => e.name);
}

describe('fuzzing the build', () => {
  it('builds generated notices in process: no crash, failed notices publish nothing', async () => {
    const n = sized(120, 10);
    const files = sample(n, SEED + 100);
    const ws = workspace(files);
    const result = await build({ cwd: ws, allowErrors: true, cache: false, jobs: 1, today: '2026-01-15' });
    const texts = new Map(Object.entries(files).map(([f, t]) => [`notices/${f}`, t]));
    const problems = result.diagnostics.flatMap((d) => diagnosticProblems(d, d.file, texts.get(d.file)).map((p) => `${d.file}: ${p}`));
    expect(problems).toEqual([]);
    expect(result.diagnostics.filter((d) => d.code === 'RENDER-FAILED').map((d) => `${d.file}: ${d.message}`)).toEqual([]);
    const out = join(ws, 'dist/avisos');
    const published = result.notices.filter((x) => x.status === 'built' || x.status === 'draft');
    if (published.length > 0) {
      expect(bundleProblems(out)).toEqual([]);
      expect(strayFolders(out)).toEqual([]);
      const m = manifestOf(out);
      const failed = new Set(result.notices.filter((x) => x.status === 'failed').map((x) => x.file));
      expect(m.notices.filter((x) => failed.has(x.file))).toEqual([]);
    }
    recordFigures('fuzz-build', { inProcess: n, inProcessPublished: published.length });
    expect(published.length).toBeGreaterThan(n / 10);
  }, 600_000);

  it('builds and checks generated notices through the binary: exit 0 or 1, no stack trace', () => {
    const n = sized(120, 10);
    const files = sample(n, SEED + 200);
    const ws = workspace(files);
    const b = cli(['build', '--allow-errors', '--jobs', '2', '--no-cache', '-f', 'json:build.json'], ws);
    expect([0, 1], b.stderr.slice(-2000)).toContain(b.code);
    expect(b.stderr).not.toMatch(STACK);
    const out = join(ws, 'dist/avisos');
    if (existsSync(out)) {
      expect(bundleProblems(out)).toEqual([]);
      expect(strayFolders(out)).toEqual([]);
    }
    const c = cli(['check', '-f', 'json', '--no-cache'], ws);
    expect([0, 1]).toContain(c.code);
    expect(c.stderr).not.toMatch(STACK);
    const report = JSON.parse(c.stdout) as { diagnostics: { code: string; severity: string; line: number | null; column: number | null; file: string }[] };
    const unpositioned = report.diagnostics.filter((d) => d.code !== 'RULESET-SELECTED' && (d.line === null || d.column === null));
    expect(unpositioned).toEqual([]);
    // Without --allow-errors only notices without errors are published.
    writeFileSync(join(ws, 'notice.config.yaml'), 'notices: [notices]\nout: dist/final\n');
    const strict = cli(['build', '--jobs', '2', '--no-cache'], ws);
    expect([0, 1]).toContain(strict.code);
    expect(strict.stderr).not.toMatch(STACK);
    if (existsSync(join(ws, 'dist/final'))) expect(bundleProblems(join(ws, 'dist/final'))).toEqual([]);
    recordFigures('fuzz-build', { binary: n, binaryReportFindings: report.diagnostics.length });
  }, 600_000);
});
