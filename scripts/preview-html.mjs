#!/usr/bin/env node
// Dev preview: node scripts/preview-html.mjs <notice.yaml> <out-folder> [--draft] [--base-url URL]
// Emits the web outputs of one notice with the compiled emitters in dist/ and writes them. The
// product's writer is `notice build`; this script exists only to look at pages while developing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkSource } from '../dist/pipeline/check-source.js';
import { emitWeb } from '../dist/emit/html/index.js';

const args = process.argv.slice(2);
const [file, out] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--base-url');
if (!file || !out) {
  console.error('usage: node scripts/preview-html.mjs <notice.yaml> <out-folder> [--draft] [--base-url URL]');
  process.exit(2);
}
const checked = checkSource(relative(process.cwd(), file), readFileSync(file, 'utf8'), { lang: 'es', evaluation: { today: new Date().toISOString().slice(0, 10) } });
if (!checked.schemaValid || !checked.notice) {
  for (const d of checked.diagnostics) console.error(`${d.file} ${d.pointer} ${d.code}: ${d.message}`);
  process.exit(1);
}
const baseIdx = args.indexOf('--base-url');
const ctx = {
  id: checked.notice.id,
  file: checked.file,
  epoch: 0,
  draft: args.includes('--draft'),
  paper: 'letter',
  ...(baseIdx >= 0 ? { baseUrl: args[baseIdx + 1] } : {}),
};
const result = emitWeb(checked.notice, ctx);
for (const o of result.outputs) {
  const target = join(out, o.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, o.contents);
}
for (const d of result.diagnostics) console.error(`${d.severity} ${d.code}: ${d.message}`);
console.log(`${result.outputs.length} files -> ${out}`);
