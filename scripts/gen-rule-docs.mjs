// Writes docs/rules/<code>.md for every rule and every non-rule code, from the rules' metadata
// (compiled in dist/) and the shipped law text (legal/). Run after `npm run build`:
//   node scripts/gen-rule-docs.mjs
// test/invariants.test.ts fails when a page is missing or out of date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { allDocPages } = await import(join(root, 'dist', 'rules', 'docs', 'render.js'));
const { articles } = JSON.parse(readFileSync(join(root, 'legal', 'lgpdppso-2025.json'), 'utf8'));
const dir = join(root, 'docs', 'rules');
mkdirSync(dir, { recursive: true });
const pages = allDocPages(articles);
for (const [name, text] of pages) writeFileSync(join(dir, `${name}.md`), text);
console.log(`wrote ${pages.size} pages to docs/rules/`);
