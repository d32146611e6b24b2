import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';

const require = createRequire(import.meta.url);
const ROOT = new URL('../', import.meta.url).pathname;

async function cruiseSrc(): Promise<ICruiseResult> {
  const config = require('../.dependency-cruiser.cjs') as { forbidden: unknown[]; options: Record<string, unknown> };
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const r = await cruise(['src'], { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true } as never);
    return r.output as ICruiseResult;
  } finally {
    process.chdir(cwd);
  }
}

/** The top-level folder (or root file) of a module path under src/. */
const folderOf = (p: string): string => p.replace(/^src\//, '').split('/')[0]!;

describe('architecture (dependency-cruiser, .dependency-cruiser.cjs)', { timeout: 120_000 }, () => {
  it('no import cycles, nothing below the CLI imports it, folders only import earlier stages', async () => {
    const result = await cruiseSrc();
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
    expect(violations).toEqual([]);
    expect(result.summary.totalCruised).toBeGreaterThan(150);
  });

  it('the folders form a graph without cycles', async () => {
    const result = await cruiseSrc();
    const edges = new Map<string, Set<string>>();
    for (const m of result.modules) {
      if (!m.source.startsWith('src/')) continue;
      for (const d of m.dependencies) {
        if (!d.resolved.startsWith('src/')) continue;
        const [a, b] = [folderOf(m.source), folderOf(d.resolved)];
        if (a !== b) edges.set(a, new Set([...(edges.get(a) ?? []), b]));
      }
    }
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (n: string, path: string[]): void => {
      if (state.get(n) === 'done') return;
      if (state.get(n) === 'open') {
        cycles.push([...path.slice(path.indexOf(n)), n].join(' → '));
        return;
      }
      state.set(n, 'open');
      for (const next of edges.get(n) ?? []) visit(next, [...path, n]);
      state.set(n, 'done');
    };
    for (const n of edges.keys()) visit(n, []);
    expect(cycles).toEqual([]);
  });
});
