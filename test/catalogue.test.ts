import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { CATALOGUE, isCatalogued } from '../src/diagnostics/catalogue/index.js';
import { getRule, RULE_IDS } from '../src/rules/registry.js';
import { checkWorkspace } from './helpers/check.js';

const ROOT = new URL('../', import.meta.url);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Upper-case, dash-separated string literals: how every non-rule code is written. */
const CODE_LITERAL = /'([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)'/g;
/** Literals of that shape that are not codes: law ids and date patterns. */
const NOT_CODES = new Set(['LGPDPPSO-2025', 'LGPDPPSO-2017', 'LFPDPPP-2025', 'YYYY-MM-DD', 'AAAA-MM-DD']);

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { cwd: process.cwd(), env: { NO_COLOR: '1' }, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), stdoutIsTTY: false, stderrIsTTY: false }, out, err };
}

describe('the catalogue of codes', () => {
  it('holds every code literal written anywhere in src/', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(new URL('src/', ROOT).pathname)) {
      for (const m of readFileSync(file, 'utf8').matchAll(CODE_LITERAL)) {
        const code = m[1]!;
        if (!NOT_CODES.has(code) && !isCatalogued(code)) missing.push(`${file}: ${code}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every entry has both languages and a variant points at a real code', () => {
    for (const [code, e] of Object.entries(CATALOGUE)) {
      for (const t of [e.title, e.message, e.what, e.fix]) {
        expect(t.es.trim(), code).not.toBe('');
        expect(t.en.trim(), code).not.toBe('');
      }
      if (e.variantOf) expect(isCatalogued(e.variantOf), code).toBe(true);
    }
  });

  it('every code emitted on the repository notices and the test fixtures is a catalogued code or a rule', async () => {
    const dirs = ['notices', 'test/fixtures/notices'];
    const inputs = dirs.flatMap((d) =>
      readdirSync(new URL(`${d}/`, ROOT))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => ({ file: `${d}/${f}`, text: readFileSync(new URL(`${d}/${f}`, ROOT), 'utf8') })),
    );
    expect(inputs.length).toBeGreaterThan(5);
    const run = await checkWorkspace(inputs);
    const codes = new Set(run.diagnostics.map((d) => d.code));
    for (const code of codes) expect(isCatalogued(code) || getRule(code) !== undefined, code).toBe(true);
  });

  it('`notice explain` documents every code and every rule, in both languages', async () => {
    for (const code of [...Object.keys(CATALOGUE), ...RULE_IDS]) {
      for (const lang of ['es', 'en']) {
        const t = io();
        const exit = await main(['explain', code, '--lang', lang], t.io);
        expect(exit, `${code} ${lang}: ${t.err.join('')}`).toBe(0);
        expect(t.out.join('')).toContain(code.toUpperCase() === code ? code : code);
      }
    }
  });
});
