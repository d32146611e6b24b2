import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../helpers/check.js';
import { ROOT } from '../helpers/cli.js';
import { deleteKey, parentPosition, type Path } from './yaml-lines.js';

type Node = Record<string, any>;
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/notice.schema.json'), 'utf8')) as Node;
const base = readFileSync(join(ROOT, 'notices/imss-digital.yaml'), 'utf8');

/** The schema node (with the title the referring property gives it) for an instance path. */
function nodeAt(path: Path): Node {
  const deref = (n: Node): Node => (n.$ref ? { ...deref(schema.$defs[n.$ref.split('/').pop()]), ...n, $ref: undefined } : n);
  let node = schema;
  for (const seg of path) node = deref(typeof seg === 'number' ? deref(node).items : deref(node).properties[seg]);
  return node;
}

// Every required element of the format, deleted one at a time from a valid notice.
const CASES: { path: Path; article?: number; fraction?: string }[] = [
  ...(schema.required as string[]).map((key) => ({ path: [key] as Path })),
  // Required of an integral notice (or a pair), not of a simplified one (`else` of the schema).
  ...(schema.else.required as string[]).filter((k) => k !== 'transparencyUnit' && k !== 'changes').map((key) => ({ path: [key] as Path })),
  { path: ['transparencyUnit'], article: 21, fraction: 'VI' },
  { path: ['changes'], article: 21, fraction: 'IX' },
  { path: ['controller', 'name'], article: 21, fraction: 'I' },
  { path: ['controller', 'address'], article: 21, fraction: 'I' },
  { path: ['controller', 'address', 'street'] },
  { path: ['controller', 'address', 'state'] },
  { path: ['legalBasis', 'text'] },
  { path: ['legalBasis', 'attribution', 0, 'kind'] },
  { path: ['transparencyUnit', 'address'], article: 21, fraction: 'VI' },
  { path: ['transparencyUnit', 'address', 'street'] },
  { path: ['transparencyUnit', 'web', 0, 'url'] },
  { path: ['activities', 0, 'purposes'], article: 21, fraction: 'IV' },
  { path: ['activities', 7, 'data', 3, 'name'] },
  { path: ['activities', 0, 'purposes', 0, 'text'] },
  { path: ['rights', 'channels', 0, 'kind'] },
];

describe('a missing required element is reported as SCHEMA-REQUIRED at the key that must hold it', () => {
  it('starts from a notice with no schema errors', () => {
    expect(checkSource('imss-digital.yaml', base).diagnostics.filter((d) => /^(SCHEMA|YAML)-/.test(d.code))).toEqual([]);
  });

  for (const { path, article, fraction } of CASES) {
    const pointer = '/' + path.join('/');
    it(`${pointer}`, () => {
      const text = deleteKey(base, path);
      expect(text).not.toBe(base);
      const found = checkSource('aviso.yaml', text).diagnostics.filter((d) => /^(SCHEMA|YAML)-/.test(d.code));
      expect(found.map((d) => [d.code, d.pointer])).toEqual([['SCHEMA-REQUIRED', pointer]]);
      const d = found[0]!;
      expect(d.range?.start).toEqual(parentPosition(text, path.slice(0, -1)));
      expect(d.message).toContain(`Falta «${nodeAt(path).title}»`);
      const law = nodeAt(path)['x-law'];
      if (law) expect(d.citation).toEqual(law);
      else expect(d.citation).toBeUndefined();
      if (article) expect(d.citation).toMatchObject({ law: 'LGPDPPSO-2025', article, fraction });
    });
  }

  it('cites the 2025 law for a notice declaring the 2017 law: the law in force judges it', () => {
    const text = deleteKey(base, ['transparencyUnit', 'address']).replace('language: es-MX', 'language: es-MX\nlaw: LGPDPPSO-2017');
    const [d] = checkSource('aviso.yaml', text).diagnostics.filter((x) => x.code === 'SCHEMA-REQUIRED');
    expect(d?.citation).toMatchObject({ law: 'LGPDPPSO-2025', article: 21, fraction: 'VI' });
  });

  it('cites nothing in a historical audit under the 2017 law (the 2025 numbers would mislead)', () => {
    const text = deleteKey(base, ['transparencyUnit', 'address']);
    const [d] = checkSource('aviso.yaml', text, { asOf: '2024-06-30' }).diagnostics.filter((x) => x.code === 'SCHEMA-REQUIRED');
    expect(d?.citation).toBeUndefined();
    expect(d?.message).toContain('Falta «Domicilio de la Unidad de Transparencia»');
  });

  it('speaks English with --lang en', () => {
    const text = deleteKey(base, ['transparencyUnit', 'address']);
    const [d] = checkSource('aviso.yaml', text, { lang: 'en' }).diagnostics.filter((x) => x.code === 'SCHEMA-REQUIRED');
    expect(d?.message).toBe('"transparencyUnit.address" is missing; the law requires it.');
  });
});
