import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// The compiled package: dist/schema/notice-validate.cjs exists only there (scripts/gen-validator.mjs).
import { compileNow, noticeValidator, usesPrecompiledValidator } from '../../dist/schema/validator.js';

const ROOT = new URL('../../', import.meta.url);

describe('the validator precompiled at build time', () => {
  it('is what the built package uses', () => {
    expect(usesPrecompiledValidator()).toBe(true);
  });

  it('reports exactly what compiling the schema at run time reports, on valid and broken notices', () => {
    const fresh = compileNow();
    const pre = noticeValidator();
    const dirs = ['notices', 'test/fixtures/notices'];
    let broken = 0;
    for (const d of dirs) {
      for (const f of readdirSync(new URL(`${d}/`, ROOT)).filter((x) => x.endsWith('.yaml'))) {
        let data: unknown;
        try {
          data = parse(readFileSync(new URL(`${d}/${f}`, ROOT), 'utf8'));
        } catch {
          continue;
        }
        const a = fresh(data) ? [] : fresh.errors;
        const b = pre(data) ? [] : pre.errors;
        if (a && a.length > 0) broken++;
        expect(JSON.stringify(b), `${d}/${f}`).toBe(JSON.stringify(a));
      }
    }
    expect(broken).toBeGreaterThanOrEqual(3);
  });
});
