// Spawned by reproducible.test.ts: renders both PDFs of each notice given on the command line
// with the built emitters (dist/), twice, and prints their SHA-256 as JSON. The epoch comes from
// SOURCE_DATE_EPOCH, as the build computes it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const { checkSource } = await import(new URL('dist/pipeline/check-source.js', root).href);
const { emitPdf, emitSimplifiedPdf } = await import(new URL('dist/emit/pdf/index.js', root).href);

const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const out = {};
for (const file of process.argv.slice(2)) {
  const { notice } = checkSource(file, readFileSync(new URL(file, root), 'utf8'), { lang: 'es', evaluation: { today: '2026-01-01' } });
  const ctx = { id: notice.id, file, epoch, draft: false, paper: 'letter', baseUrl: 'https://www.example.gob.mx/avisos-privacidad/' };
  for (const [name, emit] of [['integral', emitPdf], ['simplified', emitSimplifiedPdf]]) {
    const hashes = [];
    for (let i = 0; i < 2; i++) {
      const { outputs } = await emit(notice, ctx);
      hashes.push(createHash('sha256').update(outputs[0].contents).digest('hex'));
    }
    out[`${file} ${name}`] = hashes;
  }
}
process.stdout.write(JSON.stringify(out));
