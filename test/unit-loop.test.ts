// The fast loop stays fast: no test in `npm run test:unit` spawns a process, a browser or a PDF tool
// (those belong to the full `npm test`; see vitest.unit.config.ts). Read from the test sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import unit from '../vitest.unit.config.js';

const ROOT = new URL('../', import.meta.url).pathname;
/** Imports that mean a subprocess, a browser or an external checker. */
const HEAVY = [/node:child_process/, /playwright/, /\.\/pdf-tools\.js/, /\.\/pdf-objects\.js/, /\brunCli\b/, /vnu-jar/, /\bBIN\b/];

describe('the unit loop', () => {
  it('runs no test that spawns a process, a browser or a PDF tool', () => {
    const files = globSync(unit.test!.include!, { cwd: ROOT, ignore: unit.test!.exclude! });
    expect(files.length).toBeGreaterThan(40);
    const heavy = files.filter((f) => f !== 'test/unit-loop.test.ts').filter((f) => {
      const text = readFileSync(join(ROOT, f), 'utf8');
      return HEAVY.some((re) => re.test(text));
    });
    expect(heavy).toEqual([]);
  });
});
