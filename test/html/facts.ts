import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSpanishDate } from '../../src/emit/dates.js';
import { countryName } from '../../src/emit/sections/inline.js';
import type { Block } from '../../src/emit/document.js';
import { markdownBlocks, plainText } from '../../src/emit/markdown.js';
import type { Notice } from '../../src/model/notice.js';
import { ROOT } from './helpers.js';

// Every fact of a notice, found by walking its string and number leaves alongside the JSON Schema:
// enum values and slugs are codes (not facts), Markdown fields are compared by their visible text.

type Schema = { $ref?: string; enum?: unknown[]; properties?: Record<string, Schema>; items?: Schema; type?: string };
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/notice.schema.json'), 'utf8')) as Schema & { $defs: Record<string, Schema> };

export interface Fact {
  pointer: string;
  value: string;
}

const SKIP_TOP = new Set(['suppressions', 'id', 'law', 'language', 'context']);

/** The visible texts of Markdown: one per paragraph and per list item. */
function blockTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'paragraph') return [plainText(b.content)];
    if (b.kind === 'list') return b.items.flatMap((i) => [plainText(i.content), ...blockTexts(i.children ?? [])]);
    if (b.kind === 'callout') return blockTexts(b.blocks);
    if (b.kind === 'table') return [...b.head, ...b.rows.flat().map(plainText)];
    return [];
  });
}

function deref(s: Schema | undefined): { node: Schema | undefined; def?: string } {
  if (!s?.$ref) return { node: s };
  const def = s.$ref.replace('#/$defs/', '');
  return { node: { ...schema.$defs[def], ...s, $ref: undefined }, def };
}

function walk(value: unknown, s: Schema | undefined, pointer: string, out: Fact[]): void {
  const { node, def } = deref(s);
  if (def === 'slug' || node?.enum) return;
  if (typeof value === 'string') {
    if (def === 'markdown') for (const v of blockTexts(markdownBlocks(value))) out.push({ pointer, value: v });
    else out.push({ pointer, value });
  } else if (typeof value === 'number') {
    out.push({ pointer, value: String(value) });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, node?.items, `${pointer}/${i}`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (pointer === '' && SKIP_TOP.has(k)) continue;
      walk(v, node?.properties?.[k], `${pointer}/${k}`, out);
    }
  }
}

export function noticeFacts(n: Notice): Fact[] {
  const out: Fact[] = [];
  walk(n, schema, '', out);
  return out
    .map((f) => (f.pointer === '/updated' ? { pointer: f.pointer, value: formatSpanishDate(f.value) } : f))
    // Country codes are shown by their Spanish name («MX» -> «México»).
    .map((f) => (f.pointer.endsWith('/country') ? { pointer: f.pointer, value: countryName(f.value) } : f))
    .filter((f) => f.value.trim() !== '');
}

export function normalise(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
