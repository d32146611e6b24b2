#!/usr/bin/env node
// Micro-benchmark of the PDF emitters (run `npm run build` first): per-document time cold (first
// document of a fresh process, font parsing included) vs warm (after warmPdf(), as each build
// worker runs), for the integral and simplified PDFs of the reference notices, plus file sizes
// and memory. CPU time is reported beside wall time: it stays meaningful on a busy machine.
//
//   node bench/pdf.mjs [--runs 20] [--cold 3] [notice.yaml ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt;
};
const runs = opt('--runs', 20);
const coldRuns = opt('--cold', 3);
const files = args.length
  ? args
  : existsSync(`${root}notices`)
    ? readdirSync(`${root}notices`).filter((f) => f.endsWith('.yaml')).sort().map((f) => `notices/${f}`)
    : ['test/fixtures/html/sample.yaml'];

const load = async () => {
  const { checkSource } = await import(`${root}dist/check/check-notice.js`);
  const pdf = await import(`${root}dist/emit/pdf/index.js`);
  const notices = files.map((file) => {
    const { notice } = checkSource(file, readFileSync(`${root}${file}`, 'utf8'));
    return { file, notice, ctx: { id: notice.id, file, epoch: 1744675200, draft: false, paper: 'letter' } };
  });
  return { pdf, notices };
};

/** CPU milliseconds (user + system) since `start`: steadier than wall time on a shared machine. */
function cpuMs(start) {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

// Child mode: one cold process, times its very first documents.
if (process.env.BENCH_PDF_CHILD) {
  const t0 = performance.now();
  const { pdf, notices } = await load();
  const tImport = performance.now() - t0;
  const { notice, ctx } = notices[0];
  const { pdfFonts } = await import(`${root}dist/emit/pdf/fonts.js`);
  const c0 = process.cpuUsage();
  pdfFonts();
  const tFonts = cpuMs(c0);
  const c1 = process.cpuUsage();
  await pdf.emitPdf(notice, ctx);
  const tFirst = cpuMs(c1);
  const c2 = process.cpuUsage();
  await pdf.emitSimplifiedPdf(notice, ctx);
  const tSecond = cpuMs(c2);
  const c3 = process.cpuUsage();
  await pdf.emitPdf(notice, ctx);
  const tAgain = cpuMs(c3);
  process.stdout.write(JSON.stringify({ tImport, tFonts, tFirst, tSecond, tAgain }));
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;

const cold = [];
for (let i = 0; i < coldRuns; i++) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...files], { env: { ...process.env, BENCH_PDF_CHILD: '1' }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  cold.push(JSON.parse(r.stdout));
}
console.log(`PDF emitters — Node ${process.version}, ${files.length} notice(s), ${runs} warm runs, ${coldRuns} cold processes`);
console.log(`${files[0]}, fresh process (median of ${coldRuns}; CPU time):`);
console.log(`  import of the modules (wall)                ${fmt(median(cold.map((c) => c.tImport)))}`);
console.log(`  parse the font files (8 WOFF, 4 faces)       ${fmt(median(cold.map((c) => c.tFonts)))}`);
console.log(`  1st document: integral, cold (shaping, JIT) ${fmt(median(cold.map((c) => c.tFirst)))}`);
console.log(`  2nd document: simplified                    ${fmt(median(cold.map((c) => c.tSecond)))}`);
console.log(`  3rd document: the integral again, warm      ${fmt(median(cold.map((c) => c.tAgain)))}`);

const { pdf, notices } = await load();
const cw = process.cpuUsage();
await pdf.warmPdf();
console.log(`warmPdf(): ${fmt(cpuMs(cw))} CPU, once per process / worker thread`);
console.log('');
console.log('notice                                           variant     pages    size  warm CPU median  warm wall median');
const rssAfterWarm = process.memoryUsage().rss;
for (const { file, notice, ctx } of notices) {
  for (const [variant, emit] of [['integral', pdf.emitPdf], ['simplified', pdf.emitSimplifiedPdf]]) {
    const wall = [];
    const cpu = [];
    let bytes;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      const r = await emit(notice, ctx);
      cpu.push(cpuMs(c));
      wall.push(performance.now() - t);
      bytes = r.outputs[0].contents;
    }
    const pages = (Buffer.from(bytes).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    console.log(`${file.padEnd(48)} ${variant.padEnd(11)} ${String(pages).padStart(5)} ${`${(bytes.length / 1024).toFixed(0)} KB`.padStart(7)}       ${fmt(median(cpu))}       ${fmt(median(wall))}`);
  }
}
console.log(`RSS: ${(rssAfterWarm / 2 ** 20).toFixed(0)} MB after warmPdf(), peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
