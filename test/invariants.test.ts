import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidCitation } from '../src/diagnostics/citation.js';
import { CATALOGUE } from '../src/diagnostics/catalogue/index.js';
import { allDocPages } from '../src/rules/docs/render.js';
import { RULES, RULE_IDS } from '../src/rules/registry.js';
import { RULESET_IDS, RULESETS, appliedRules } from '../src/rules/rulesets.js';

const root = new URL('../', import.meta.url);
const read = (p: string): string => readFileSync(new URL(p, root), 'utf8');
const articles = (JSON.parse(read('legal/lgpdppso-2025.json')) as { articles: Record<string, string> }).articles;

describe('rule invariants', () => {
  it('every rule file is registered under the id equal to its file name', () => {
    const files = readdirSync(new URL('src/rules/checks/', root)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
    expect(files).toEqual([...RULE_IDS]);
    for (const [key, rule] of Object.entries(RULES)) expect(rule.id).toBe(key);
  });

  it('ids are unique, kebab-case and do not collide with non-rule codes', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    const codes = new Set(Object.keys(CATALOGUE).map((c) => c.toLowerCase()));
    for (const id of RULE_IDS) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(codes.has(id)).toBe(false);
    }
  });

  it('every citation parses, in the rule and in every ruleset', () => {
    for (const id of RULE_IDS) expect(isValidCitation(RULES[id].citation), id).toBe(true);
    for (const rs of RULESET_IDS) for (const a of appliedRules(rs)) expect(isValidCitation(a.citation), `${rs}/${a.rule.id}`).toBe(true);
  });

  it('each ruleset cites its own law', () => {
    for (const rs of RULESET_IDS) for (const a of appliedRules(rs)) expect(a.citation.law, `${rs}/${a.rule.id}`).toBe(RULESETS[rs].law);
  });

  it('no rule whose citation is not VERIFIED defaults to error, in the rule or in any ruleset', () => {
    for (const id of RULE_IDS) {
      const r = RULES[id];
      if (r.confidence !== 'VERIFIED') expect(r.defaultSeverity, id).not.toBe('error');
    }
    for (const rs of RULESET_IDS) {
      for (const a of appliedRules(rs)) if (a.confidence !== 'VERIFIED') expect(a.severity, `${rs}/${a.rule.id}`).not.toBe('error');
    }
  });

  it('every rule belongs to at least one ruleset, and rulesets name only known rules', () => {
    const used = new Set(RULESET_IDS.flatMap((rs) => Object.keys(RULESETS[rs].rules)));
    for (const id of RULE_IDS) expect(used.has(id), id).toBe(true);
    for (const id of used) expect(RULE_IDS as string[]).toContain(id);
  });

  it('the 2025 ruleset uses each rule\'s default severity', () => {
    for (const a of appliedRules('lgpdppso-2025')) expect(a.severity, a.rule.id).toBe(a.rule.defaultSeverity);
  });

  it('every rule has both languages in title, messages and docs, and exactly one kind of check', () => {
    for (const id of RULE_IDS) {
      const r = RULES[id];
      const texts = [r.title, ...Object.values(r.messages), r.docs.checks, r.docs.why, r.docs.fix] as Record<'es' | 'en', string>[];
      for (const t of texts) {
        expect(t.es.trim(), id).not.toBe('');
        expect(t.en.trim(), id).not.toBe('');
      }
      expect(Boolean(r.check) !== Boolean((r as { checkWorkspace?: unknown }).checkWorkspace), id).toBe(true);
    }
  });

  it('every rule and every non-rule code has an up-to-date docs page (node scripts/gen-rule-docs.mjs)', () => {
    const pages = allDocPages(articles);
    for (const id of RULE_IDS) expect(pages.has(id), id).toBe(true);
    for (const code of Object.keys(CATALOGUE)) expect(pages.has(code.toLowerCase()), code).toBe(true);
    for (const [name, text] of pages) {
      const file = `docs/rules/${name}.md`;
      expect(existsSync(new URL(file, root)), file).toBe(true);
      expect(read(file), `${file} is stale: run npm run build && node scripts/gen-rule-docs.mjs`).toBe(text);
    }
  });

  it('every 2025 citation points at an article present in the shipped law text', () => {
    for (const id of RULE_IDS) {
      const c = RULES[id].citation;
      expect(articles[String(c.article)], id).toBeDefined();
      if (c.fraction) expect(articles[String(c.article)], id).toContain(`\n${c.fraction}. `);
    }
  });
});
