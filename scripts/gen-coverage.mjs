// Writes docs/rules/coverage.md: the legal guide's requirements with the rules that check them
// (src/rules/data/requirements.ts) and the recall and precision of the rules over the
// planted-defect corpus (test/fixtures/defects/). Run after `npm run build`:
//   node scripts/gen-coverage.mjs
// test/rules/coverage.test.ts fails when the file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(join(root, 'dist', p));
const { checkSource } = await dist('pipeline/check-source.js');
const { scoreCorpus } = await dist('rules/docs/corpus.js');
const { renderCoverage } = await dist('rules/docs/coverage.js');
const { REQUIREMENTS } = await dist('rules/data/requirements.js');

const dir = join(root, 'test', 'fixtures', 'defects');
const corpus = parse(readFileSync(join(dir, 'corpus.yaml'), 'utf8'));
const bases = Object.fromEntries(Object.entries(corpus.bases).map(([id, file]) => [id, readFileSync(join(dir, 'bases', file), 'utf8')]));
// The same "today" as the tests, so the result does not depend on the day it is run.
const check = (file, text) => checkSource(file, text, { lang: 'es', evaluation: { today: '2025-11-23' } }).diagnostics;
const score = scoreCorpus(corpus, bases, check);
writeFileSync(join(root, 'docs', 'rules', 'coverage.md'), renderCoverage(REQUIREMENTS, score) + '\n');
console.log(`coverage: ${REQUIREMENTS.length} requirements; corpus recall ${(score.recall * 100).toFixed(1)}%, precision ${(score.precision * 100).toFixed(1)}%`);
