import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HINTS, REQUIREMENTS } from '../../src/rules/data/requirements.js';
import { appliedRules } from '../../src/rules/rulesets.js';
import { scoreCorpus, type Corpus } from '../../src/rules/docs/corpus.js';
import { renderCoverage } from '../../src/rules/docs/coverage.js';
import { RULE_IDS } from '../../src/rules/registry.js';
import { checkSource } from '../helpers/check.js';

const root = new URL('../../', import.meta.url);
const guideFile = [new URL('../shared/guides/legal-requirements.md', root), new URL('../../shared/guides/legal-requirements.md', root)].find((u) => existsSync(u));
const norm = (s: string): string => s.replace(/[\u2010-\u2015]/g, '-').replace(/[*`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Rows of the guide's requirement tables (§2, §4, §5, §6, §7.7, §8) and the §7.x headings. */
function guideRows(text: string): string[] {
  const rows: string[] = [];
  let section = '';
  let header = false;
  for (const line of text.split('\n')) {
    const h = /^#{2,3} (\d+(?:\.\d+)?)\.? /.exec(line);
    if (h) {
      section = h[1]!;
      header = true;
      if (/^7\.\d$/.test(section) && section !== '7.7') rows.push(section);
      continue;
    }
    if (!['2', '4', '5', '6', '7.7', '8'].includes(section) || !line.startsWith('|')) continue;
    if (/^\|[-| ]+\|\s*$/.test(line)) continue;
    if (header) {
      header = false; // the table's header row
      continue;
    }
    rows.push(line.split('|')[1]!.trim());
  }
  return rows;
}

describe('coverage of the legal guide', () => {
  it('every requirement has a rule or a documented reason, and names only existing rules', () => {
    for (const r of REQUIREMENTS) {
      expect(r.rules.length > 0 || Boolean(r.reason?.trim()), `${r.section} ${r.guide}: no rule and no reason`).toBe(true);
      for (const id of r.rules) expect(RULE_IDS as readonly string[], `${r.guide}: unknown rule ${id}`).toContain(id);
    }
  });

  it('every rule serves at least one requirement, or is a hint that never goes above info', () => {
    const used = new Set(REQUIREMENTS.flatMap((r) => r.rules));
    const own = RULE_IDS.filter((id) => !id.startsWith('notice-kind-') && !id.startsWith('notice-pair-'));
    expect(own.filter((id) => !used.has(id) && !(id in HINTS))).toEqual([]);
    for (const a of appliedRules('lgpdppso-2025')) if (a.rule.id in HINTS) expect(a.severity, a.rule.id).toBe('info');
  });

  it.skipIf(!guideFile)('every requirement row of the guide is in the table', () => {
    const rows = guideRows(readFileSync(guideFile!, 'utf8'));
    expect(rows.length).toBeGreaterThanOrEqual(50);
    const keys = REQUIREMENTS.map((r) => norm(r.guide));
    const missing = rows.filter((row) => !keys.some((k) => norm(row).startsWith(k)));
    expect(missing).toEqual([]);
  });

  it('docs/rules/coverage.md is up to date (npm run build && node scripts/gen-coverage.mjs)', () => {
    const dir = new URL('test/fixtures/defects/', root);
    const corpus = parse(readFileSync(new URL('corpus.yaml', dir), 'utf8')) as Corpus;
    const bases = Object.fromEntries(Object.entries(corpus.bases).map(([id, file]) => [id, readFileSync(new URL(`bases/${file}`, dir), 'utf8')]));
    const score = scoreCorpus(corpus, bases, (file, text) => checkSource(file, text).diagnostics);
    expect(readFileSync(new URL('docs/rules/coverage.md', root), 'utf8')).toBe(renderCoverage(REQUIREMENTS, score) + '\n');
  });
});
