// The same integral notices printed to PDF two ways, one thread each, both warm:
// Chromium (playwright-core, /usr/bin/chromium, one browser, page.pdf()) from the built HTML pages,
// and notice's own PDF path (emitPdf). Usage: node bench/chromium-vs-pdf.mjs <workspace> <count>.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { emitPdf, warmPdf } from '../dist/emit/pdf/index.js';

const ws = process.argv[2];
const count = Number(process.argv[3] ?? 20);
const ids = Array.from({ length: count }, (_, i) => `aviso-${String(i).padStart(4, '0')}`);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
const page = await browser.newPage();
const printOne = async (id) => {
  await page.goto(`file://${join(ws, 'dist/avisos', id, 'index.html')}`, { waitUntil: 'load' });
  return (await page.pdf({ format: 'Letter', printBackground: true })).length;
};
await printOne(ids[0]); // warm
let t0 = performance.now();
let chromeBytes = 0;
for (const id of ids) chromeBytes += await printOne(id);
const chromiumMs = (performance.now() - t0) / ids.length;
await browser.close();

await warmPdf();
const notices = ids.map((id) => parse(readFileSync(join(ws, 'notices', `${id}.yaml`), 'utf8')));
t0 = performance.now();
let noticeBytes = 0;
for (const n of notices) {
  const r = await emitPdf(n, { id: n.id, file: `notices/${n.id}.yaml`, epoch: 0, draft: false, paper: 'letter' });
  noticeBytes += r.outputs[0].contents.length;
}
const noticeMs = (performance.now() - t0) / notices.length;
console.log(JSON.stringify({ count, chromiumMsPerPdf: chromiumMs, noticeMsPerPdf: noticeMs, speedup: chromiumMs / noticeMs, chromeKB: chromeBytes / 1024 / count, noticeKB: noticeBytes / 1024 / count }));
