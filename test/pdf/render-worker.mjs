// Worker thread of text-layer.test.ts: renders the integral and simplified PDFs of the notices it
// is given, in the order given, with the built emitters (dist/, as a build's workers do), and
// posts back their bytes. The parent compares them with the same notices rendered in-process.
import { parentPort, workerData } from 'node:worker_threads';

const root = new URL('../../', import.meta.url);
const { checkSource } = await import(new URL('dist/pipeline/check-source.js', root).href);
const { emitPdf, emitSimplifiedPdf, warmPdf } = await import(new URL('dist/emit/pdf/index.js', root).href);

await warmPdf();
const results = [];
for (const { file, source } of workerData.notices) {
  const { notice } = checkSource(file, source, { lang: 'es', evaluation: { today: '2026-01-01' } });
  const ctx = { id: notice.id, file, epoch: 1744675200, draft: false, paper: 'letter', baseUrl: 'https://www.example.gob.mx/avisos-privacidad/' };
  for (const [variant, emit] of [['integral', emitPdf], ['simplified', emitSimplifiedPdf]]) {
    const { outputs } = await emit(notice, ctx);
    results.push({ key: `${file} ${variant}`, bytes: outputs[0].contents });
  }
}
parentPort.postMessage(results);
