import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateNoticeData } from '../../src/schema/validator.js';
import { ROOT } from '../helpers/cli.js';

// docs/notice-format.md is the format reference the README links to: every section of the schema
// has a heading there, and every YAML example in it is valid.
const doc = readFileSync(join(ROOT, 'docs/notice-format.md'), 'utf8');
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/notice.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
const base = parse(readFileSync(join(ROOT, 'notices/imss-digital.yaml'), 'utf8')) as Record<string, unknown>;
const examples = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/notice-format.md', () => {
  it('documents every top-level key under a ### heading', () => {
    const headings = [...doc.matchAll(/^### (.+)$/gm)].map((m) => m[1]!).join(' ');
    const missing = Object.keys(schema.properties).filter((key) => !headings.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });

  it('has examples', () => expect(examples.length).toBeGreaterThanOrEqual(15));

  examples.forEach((example, i) => {
    const data = parse(example) as Record<string, unknown> | null;
    if (!data || typeof data !== 'object') return;
    it(`example ${i + 1} (${Object.keys(data).join(', ')}) is valid against the schema`, () => {
      const errors = validateNoticeData({ ...base, ...data });
      expect(errors.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
    });
  });
});
