import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkSource } from '../helpers/check.js';
import { validateNoticeData } from '../../src/schema/validator.js';
import { ROOT } from '../helpers/cli.js';

const DIR = join(ROOT, 'test/fixtures/notices');
const FILES = readdirSync(DIR).filter((f) => /^schema-.*\.yaml$/.test(f)).sort();
/** Codes whose position is the offending value; the others point at a key. */
const VALUE_CODES = new Set(['SCHEMA-TYPE', 'SCHEMA-ENUM', 'SCHEMA-FORMAT', 'SCHEMA-PATTERN', 'SCHEMA-MIN-LENGTH', 'SCHEMA-RANGE']);
// ajv's own wording (lib/vocabularies/**): none of it may reach the user.
const RAW_AJV = /must have required property|must match (pattern|format)|must be equal to one of|must NOT have|must be (string|boolean|integer|object|array)\b|instancePath|schemaPath/;

interface Marker { line: number; code: string; column: number }

/** `# expect: CODE` at the end of a line; the column is that of the key, or of the value for value codes. */
function markers(text: string): Marker[] {
  return text.split('\n').flatMap((line, i) => {
    const m = /#\s*expect:\s*([A-Z-]+)\s*$/.exec(line);
    if (!m || line.trimStart().startsWith('#')) return [];
    const code = m[1]!;
    const keyColumn = line.search(/[^\s-]/) + 1;
    const colon = /^\s*(?:-\s+)?[\w$]+:\s+/.exec(line);
    return [{ line: i + 1, code, column: VALUE_CODES.has(code) && colon ? colon[0].length + 1 : keyColumn }];
  });
}

describe('annotated schema fixtures: every marked line gets its code at the right column, and nothing else', () => {
  it('has fixtures', () => expect(FILES.length).toBeGreaterThanOrEqual(3));

  for (const file of FILES) {
    const text = readFileSync(join(DIR, file), 'utf8');
    for (const lang of ['es', 'en'] as const) {
      it(`${file} (${lang})`, () => {
        const { diagnostics } = checkSource(`test/fixtures/notices/${file}`, text, { lang });
        const own = diagnostics.filter((d) => /^(SCHEMA|YAML)-/.test(d.code));
        const got = own.map((d) => ({ line: d.range?.start.line, code: d.code, column: d.range?.start.column }));
        expect(got).toEqual(markers(text));
        const raw = validateNoticeData(parse(text)).map((e) => e.message ?? '');
        expect(raw.length).toBeGreaterThan(0);
        for (const d of own) {
          expect(d.message).not.toMatch(RAW_AJV);
          for (const r of raw) expect(d.message).not.toContain(r);
          expect(d.severity).toBe('error');
          if (d.code === 'SCHEMA-UNKNOWN-PROPERTY') expect(d.message).toMatch(lang === 'es' ? / ¿Quiso decir «[a-z]+»\?$/ : / Did you mean "[a-z]+"\?$/);
          if (lang === 'es') expect(d.message).toMatch(/[«¿]|debe|falta|está|tiene/i);
          else expect(d.message).not.toMatch(/\b(debe|falta|está|tiene el valor|Quiso)\b/);
        }
      });
    }
  }
});

describe('unknown keys', () => {
  it('offers no suggestion when nothing is close', () => {
    const text = readFileSync(join(DIR, 'schema-unknown-keys.yaml'), 'utf8').replace('tittle: Aviso de prueba', 'observaciones: Aviso de prueba');
    const d = checkSource('x.yaml', text).diagnostics.find((x) => x.pointer === '/observaciones');
    expect(d?.message).toBe('La clave «observaciones» no existe en el aviso.');
  });
});
