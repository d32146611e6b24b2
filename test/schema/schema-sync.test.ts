import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { generate } from '../../scripts/gen-schema.mjs';
import { ROOT } from '../helpers/cli.js';

type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/notice.schema.json'), 'utf8')) as Node;

/** Every node that describes a value: properties, array items and $defs, with a readable path. */
function describedNodes(node: Node, path: string, out: [string, Node][] = []): [string, Node][] {
  for (const [key, child] of Object.entries((node.properties as Record<string, Node> | undefined) ?? {})) {
    out.push([`${path}.${key}`, child]);
    describedNodes(child, `${path}.${key}`, out);
  }
  const items = node.items as Node | undefined;
  if (items && typeof items === 'object' && !('$ref' in items)) {
    out.push([`${path}[]`, items]);
    describedNodes(items, `${path}[]`, out);
  }
  return out;
}

const SPANISH = /[áéíóúñ¿«]|\b(de|del|la|el|los|las|que|un|una|o|y)\b|p\. ej\./i;

describe('schema and model are generated, in sync, and documented in Spanish', () => {
  it('schemas/notice.schema.json and src/model/notice.ts equal what scripts/gen-schema.mjs generates', async () => {
    const { schemaText, ts } = (await generate()) as { schemaText: string; ts: string };
    expect(readFileSync(join(ROOT, 'schemas/notice.schema.json'), 'utf8'), 'run `npm run gen`').toBe(schemaText);
    expect(readFileSync(join(ROOT, 'src/model/notice.ts'), 'utf8'), 'run `npm run gen`').toBe(ts);
  });

  it('is a JSON Schema 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\.schema\.json$/);
  });

  const nodes = [
    ...describedNodes(schema, '#'),
    ...Object.entries(schema.$defs as Record<string, Node>).flatMap(([name, def]) => [[`$defs.${name}`, def] as [string, Node], ...describedNodes(def, `$defs.${name}`)]),
  ];

  it('walks a real schema (guard against an empty walk)', () => {
    expect(nodes.length).toBeGreaterThan(200);
  });

  it('gives every property, list item and definition a Spanish title and description', () => {
    const bad = nodes.filter(([, n]) => {
      const { title, description } = n as { title?: unknown; description?: unknown };
      return typeof title !== 'string' || typeof description !== 'string' || !SPANISH.test(`${title} ${description}`) || description.length < 10;
    });
    expect(bad.map(([path]) => path)).toEqual([]);
  });

  it('marks what art. 21 requires with x-law citations of the LGPDPPSO 2025', () => {
    const props = schema.properties as Record<string, Node>;
    for (const key of ['controller', 'legalBasis', 'transfers', 'refusal', 'rights', 'transparencyUnit', 'changes']) {
      expect((props[key]?.['x-law'] as Node | undefined)?.law, key).toBe('LGPDPPSO-2025');
    }
    const ut = props.transparencyUnit?.properties as Record<string, Node>;
    expect(ut.address?.['x-law']).toEqual({ law: 'LGPDPPSO-2025', article: 21, fraction: 'VI' });
  });
});
