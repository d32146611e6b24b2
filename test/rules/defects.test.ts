import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scoreCorpus, type Corpus } from '../../src/rules/docs/corpus.js';
import { getRule } from '../../src/rules/registry.js';
import { checkSource } from '../helpers/check.js';

// The planted-defect corpus (test/fixtures/defects/): recall and precision of the rules over
// variants that each plant one real defect into a clean base notice, and traps that must stay silent.
const dir = new URL('../fixtures/defects/', import.meta.url);
const corpus = parse(readFileSync(new URL('corpus.yaml', dir), 'utf8')) as Corpus;
const bases = Object.fromEntries(Object.entries(corpus.bases).map(([id, file]) => [id, readFileSync(new URL(`bases/${file}`, dir), 'utf8')]));
const score = scoreCorpus(corpus, bases, (file, text) => checkSource(file, text).diagnostics);

describe('planted-defect corpus', () => {
  it('has at least 80 variants over at least 6 bases, and at least 15 traps', () => {
    expect(corpus.variants.length).toBeGreaterThanOrEqual(80);
    expect(new Set(corpus.variants.map((v) => v.base)).size).toBeGreaterThanOrEqual(6);
    expect(corpus.traps.length).toBeGreaterThanOrEqual(15);
    expect(new Set([...corpus.variants, ...corpus.traps].map((c) => c.id)).size).toBe(corpus.variants.length + corpus.traps.length);
  });

  it('every base notice is clean (no warning, no error)', () => {
    expect(score.dirtyBases).toEqual({});
  });

  it('every variant names an existing rule and the article that rule cites', () => {
    for (const v of corpus.variants) {
      const rule = getRule(v.rule ?? '');
      expect(rule, v.id).toBeDefined();
      expect(String(v.article ?? '').split(/\s/)[0], `${v.id}: annotated article`).toBe(String(rule!.citation.article));
    }
  });

  it('every trap is silent (no warning, no error)', () => {
    const noisy = score.results.filter((r) => r.kind === 'trap' && r.found.length).map((r) => `${r.id}: ${r.found.join(', ')}`);
    expect(noisy).toEqual([]);
  });

  it(`recall ≥ 95% and precision ≥ 95% (recall ${(score.recall * 100).toFixed(1)}%, precision ${(score.precision * 100).toFixed(1)}%)`, () => {
    const missed = score.results.filter((r) => r.kind === 'variant' && !r.hit).map((r) => `${r.id}: expected ${r.expected}, found ${r.found.join(', ') || 'nothing'}`);
    const extra = score.results.filter((r) => r.kind === 'variant' && r.unexpected.length).map((r) => `${r.id}: also ${r.unexpected.join(', ')}`);
    expect.soft(missed).toEqual([]);
    expect.soft(extra).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
  });
});
