import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error plain ESM script without type declarations
import { extractFacts, findSeedsDir, SEEDS } from '../../scripts/extract-seed-facts.mjs';
import { ROOT } from '../helpers/cli.js';
import { missingFacts, type SeedFacts } from './facts-check.js';

interface Fixture { seed: string; notice: string; sha256: string; facts: SeedFacts }

const FIXTURES = join(ROOT, 'test/fixtures/seed-facts');
const fixtures: [string, Fixture][] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Fixture]);
const loadNotice = (fx: Fixture) => parse(readFileSync(join(ROOT, fx.notice), 'utf8')) as Record<string, unknown>;

describe('each seed notice is transcribed without losing a fact', () => {
  it('has one fixture per seed', () => {
    expect(fixtures.map(([, fx]) => fx.seed).sort()).toEqual((SEEDS as { seed: string }[]).map((x) => x.seed).sort());
  });

  for (const [name, fx] of fixtures) {
    it(`${fx.notice} keeps every fact of ${fx.seed}`, () => {
      expect(missingFacts(loadNotice(fx), fx.facts)).toEqual([]);
    });

    it(`${name} extracted real facts (the check cannot pass on an empty list)`, () => {
      const f = fx.facts;
      expect(f.addresses.length).toBeGreaterThanOrEqual(2);
      expect(f.emails.length + f.urls.length).toBeGreaterThanOrEqual(2);
      expect(f.citations.length).toBeGreaterThanOrEqual(9);
      expect(f.dataItems.filter((d) => d.sensitive).length).toBeGreaterThanOrEqual(1);
      expect(f.phrases.length).toBeGreaterThanOrEqual(40);
      expect(f.updated).toMatch(/^2025-\d\d$/);
    });
  }
});

describe('the fact check fails when a transcription loses something', () => {
  const [, fx] = fixtures.find(([n]) => n === 'imss-bienestar-atencion-ciudadana.json')!;
  const mutate = (edit: (n: Record<string, any>) => void) => {
    const notice = loadNotice(fx) as Record<string, any>;
    edit(notice);
    return missingFacts(notice, fx.facts);
  };

  it('notices a dropped phone extension', () => {
    const lost = mutate((n) => {
      for (const c of n.rights.channels) if (c.phone) delete c.phone.extension;
      for (const p of n.transparencyUnit.phones) delete p.extension;
    });
    expect(lost).toContain('teléfono: 55 91 60 81 00 ext. 105202');
  });

  it('notices a sensitive data item marked as not sensitive', () => {
    const lost = mutate((n) => {
      n.activities[0].data.find((d: any) => d.name === 'Expediente clínico').sensitive = false;
    });
    expect(lost).toContain('dato sensible: Expediente clínico');
  });

  it('notices a corrected article (the defect must stay as written)', () => {
    const lost = mutate((n) => {
      n.legalBasis.dataProtection[0].provisions[0].article = '6';
    });
    expect(lost.some((l) => l.startsWith('cita:') && l.includes('"article":"60"'))).toBe(true);
  });

  it('notices a removed purpose, URL and vague phrase', () => {
    const lost = mutate((n) => {
      n.activities[0].purposes.pop();
      n.activities[0].description = 'x';
      n.rights.channels = n.rights.channels.filter((c: any) => c.kind !== 'office');
      n.changes.text = 'Los cambios se publican en el portal.';
    });
    expect(lost.some((l) => l.startsWith('finalidad: De manera adicional'))).toBe(true);
    expect(lost).toContain('URL: https://acortar.link/48jCGL');
    expect(lost.some((l) => l.includes('o por otras causas'))).toBe(true);
  });
});

const seedsDir: string | undefined = findSeedsDir(ROOT);

describe.skipIf(!seedsDir)('fixtures are up to date with ../shared/seeds (skipped when the seeds are not beside the repo)', () => {
  for (const [name, fx] of fixtures) {
    it(`${name} equals what scripts/extract-seed-facts.mjs extracts from ${fx.seed}`, () => {
      const text = readFileSync(join(seedsDir!, fx.seed), 'utf8');
      expect(createHash('sha256').update(text).digest('hex'), 'the seed changed: run node scripts/extract-seed-facts.mjs').toBe(fx.sha256);
      expect(extractFacts(text)).toEqual(fx.facts);
    });
  }
});
