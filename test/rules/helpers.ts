import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource, type TestCheckOptions as CheckOptions } from '../helpers/check.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { RuleId } from '../../src/rules/registry.js';

export const REFERENCE = readFileSync(new URL('./fixtures/reference.yaml', import.meta.url), 'utf8');

/** A fixed "today" so date rules are deterministic. */
export const TODAY = '2025-11-23';

/** A text edit of the reference notice: replace the first `from` found after the `after` anchor. */
export interface Edit {
  after?: string;
  from: string;
  /** When set, the replaced span runs from `from` up to (not including) `until`. */
  until?: string;
  to: string;
}

export function edit(text: string, ...edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const start = e.after === undefined ? 0 : out.indexOf(e.after);
    if (start < 0) throw new Error(`anchor not found: ${e.after}`);
    const at = out.indexOf(e.from, start);
    if (at < 0) throw new Error(`text not found after anchor: ${e.from}`);
    const end = e.until === undefined ? at + e.from.length : out.indexOf(e.until, at + e.from.length);
    if (end < 0) throw new Error(`end marker not found: ${e.until}`);
    out = out.slice(0, at) + e.to + out.slice(end);
  }
  return out;
}

/** 1-based line of the first line containing `needle` at or after the `after` anchor. */
export function lineOf(text: string, needle: string, after?: string): number {
  const start = after === undefined ? 0 : text.indexOf(after);
  const at = text.indexOf(needle, Math.max(0, start));
  if (start < 0 || at < 0) throw new Error(`needle not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

export function findings(text: string, rule: RuleId, options: CheckOptions = {}): Diagnostic[] {
  return checkSource('notice.yaml', text, { today: TODAY, ...options }).diagnostics.filter((d) => d.rule === rule);
}

export interface ValidCase {
  name: string;
  edits?: Edit[];
  options?: CheckOptions;
}

export interface InvalidCase extends ValidCase {
  pointer: string;
  /** Where the finding must start: the line holding `needle` (after the `after` anchor). */
  line: { needle: string; after?: string };
  count?: number;
  messageIncludes?: string;
}

/** A typescript-eslint style table: valid cases have no finding of the rule, invalid ones exactly these. */
export function ruleTable(rule: RuleId, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const text = edit(REFERENCE, ...(c.edits ?? []));
        expect(findings(text, rule, c.options).map((d) => d.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const text = edit(REFERENCE, ...(c.edits ?? []));
        const found = findings(text, rule, c.options);
        expect(found.length).toBe(c.count ?? 1);
        const hit = found.find((d) => d.pointer === c.pointer);
        expect(hit, `no finding at ${c.pointer}; got ${found.map((d) => d.pointer).join(', ')}`).toBeDefined();
        expect(hit!.code).toBe(rule);
        expect(hit!.range?.start.line).toBe(lineOf(text, c.line.needle, c.line.after));
        expect(hit!.citation).toBeDefined();
        expect(hit!.docsUrl).toMatch(new RegExp(`/docs/rules/${rule}\\.md$`));
        if (c.messageIncludes) expect(hit!.message).toContain(c.messageIncludes);
      });
    }
  });
}
