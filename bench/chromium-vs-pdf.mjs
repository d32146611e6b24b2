// The same integral notices printed to PDF two ways, one thread each, both warm, side by side in
// the same run: Chromium (playwright-core, /usr/bin/chromium, one browser, page.pdf()) from the
// built HTML pages, and notice's own PDF path (emitPdf). On a shared machine the two are measured
// in alternating rounds and the ratio is the median of the rounds' ratios.
//
//   node bench/chromium-vs-pdf.mjs <workspace> [count=20] [--rounds 3]
//
// <workspace> must hold notices/<id>.yaml and the built pages (dist/avisos/<id>/index.html),
// as bench/run.mjs leaves them. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parse } from 'yaml';
import { emitPdf, warmPdf } from '../dist/emit/pdf/index.js';

const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt;
};
const rounds = flag('--rounds', 3);
const ws = args[0];
const count = Number(args[1] ?? 20);
const ids = Array.from({ length: count }, (_, i) => `aviso-${String(i).padStart(4, '0')}`);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
const page = await browser.newPage();
const printOne = async (id) => {
  await page.goto(`file://${join(ws, 'dist/avisos', id, 'index.html')}`, { waitUntil: 'load' });
  return (await page.pdf({ format: 'Letter', printBackground: true })).length;
};
await warmPdf();
const notices = ids.map((id) => parse(readFileSync(join(ws, 'notices', `${id}.yaml`), 'utf8')));
const renderOne = async (n) => (await emitPdf(n, { id: n.id, file: `notices/${n.id}.yaml`, epoch: 0, draft: false, paper: 'letter' })).outputs[0].contents.length;
await printOne(ids[0]); // warm both
await renderOne(notices[0]);

const chromiumMs = [];
const noticeMs = [];
const noticeCpuMs = [];
let chromeBytes = 0;
let noticeBytes = 0;
for (let r = 0; r < rounds; r++) {
  let t0 = performance.now();
  chromeBytes = 0;
  for (const id of ids) chromeBytes += await printOne(id);
  chromiumMs.push((performance.now() - t0) / count);
  t0 = performance.now();
  const c0 = process.cpuUsage();
  noticeBytes = 0;
  for (const n of notices) noticeBytes += await renderOne(n);
  const c = process.cpuUsage(c0);
  noticeMs.push((performance.now() - t0) / count);
  noticeCpuMs.push((c.user + c.system) / 1000 / count);
}
await browser.close();
const ratios = chromiumMs.map((c, i) => c / noticeMs[i]);
console.log(
  JSON.stringify({
    count,
    rounds,
    chromiumMsPerPdf: median(chromiumMs),
    noticeMsPerPdf: median(noticeMs),
    noticeCpuMsPerPdf: median(noticeCpuMs),
    speedup: median(ratios),
    speedups: ratios.map((x) => Math.round(x * 10) / 10),
    chromeKB: chromeBytes / 1024 / count,
    noticeKB: noticeBytes / 1024 / count,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
