import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../helpers/check.js';
import { REFERENCE, edit } from './helpers.js';

// Rules never read the clock: "today" is an input of the run (ctx.today), so results are
// reproducible and cacheable.
const dirs = ['checks', 'shared', 'data'].map((d) => new URL(`../../src/rules/${d}/`, import.meta.url));

describe('no rule reads the clock', () => {
  it('no Date.now(), new Date() or process.env in rule code', () => {
    const offenders: string[] = [];
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
        const text = readFileSync(new URL(f, dir), 'utf8');
        if (/\bDate\.now\s*\(|\bnew Date\s*\(|\bprocess\.env\b|\bperformance\.now\s*\(/.test(text)) offenders.push(f);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('a date rule answers from the run\'s today', () => {
    const text = edit(REFERENCE, { from: 'updated: 2025-09-15', to: 'updated: 2025-12-01' });
    const future = (today: string) => checkSource('x.yaml', text, { today }).diagnostics.some((d) => d.rule === 'updated-date-future');
    expect(future('2025-11-23')).toBe(true);
    expect(future('2025-12-02')).toBe(false);
  });
});
