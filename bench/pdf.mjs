#!/usr/bin/env node
// Micro-benchmark of the PDF emitters (run `npm run build` first): per-document time cold (first
// document of a fresh process, font parsing included) vs warm (after warmPdf(), as each build
// worker runs), for the integral and simplified PDFs of the reference notices, plus file sizes
// and memory. CPU time is reported beside wall time: it stays meaningful on a busy machine.
//
//   node bench/pdf.mjs [--runs 20] [--cold 3] [notice.yaml ...]
//
// Before/after against another built checkout (e.g. `git archive <commit> | tar -x -C /tmp/old`,
// `node_modules` linked, `node scripts/build.mjs` there): both emitters render the same generated
// notices (bench/corpus.mjs) in separate processes, alternating, `--pairs` times; medians.
//
//   node bench/pdf.mjs --compare /tmp/old [--count 30] [--pairs 3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt;
};
const text = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};

/** CPU milliseconds (user + system) since `start`. */
const cpuSince = (start) => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};

// Compare mode, child: render the corpus with the emitters of AB_ROOT, print JSON.
if (process.env.AB_ROOT) {
  const { checkSource } = await import(`${root}dist/pipeline/check-source.js`);
  const m = await import(`${process.env.AB_ROOT}/dist/emit/pdf/index.js`);
  const dir = process.env.AB_CORPUS;
  const notices = readdirSync(dir).sort().map((f) => checkSource(f, readFileSync(join(dir, f), 'utf8'), { lang: 'es', evaluation: { today: '2026-01-01' } }).notice);
  await m.warmPdf();
  const out = {};
  for (const emit of ['emitPdf', 'emitSimplifiedPdf']) {
    const rounds = [];
    for (let r = 0; r < 4; r++) {
      const c = process.cpuUsage();
      const t = performance.now();
      let kb = 0;
      for (const n of notices) kb += (await m[emit](n, { id: n.id, file: `${n.id}.yaml`, epoch: 0, draft: false, paper: 'letter' })).outputs[0].contents.length / 1024;
      rounds.push({ cpu: cpuSince(c) / notices.length, wall: (performance.now() - t) / notices.length, kb: kb / notices.length });
    }
    rounds.shift();
    out[emit] = { cpu: Math.min(...rounds.map((x) => x.cpu)), wall: Math.min(...rounds.map((x) => x.wall)), kb: rounds[0].kb };
  }
  out.rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

// Compare mode, parent.
const against = text('--compare');
if (against) {
  const count = opt('--count', 30);
  const pairs = opt('--pairs', 3);
  const { writeCorpus } = await import('./corpus.mjs');
  const ws = mkdtempSync(join(tmpdir(), 'notice-pdf-ab-'));
  writeCorpus(ws, count);
  const child = (dir) => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], { env: { ...process.env, AB_ROOT: dir, AB_CORPUS: join(ws, 'notices') }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout);
  };
  const before = [];
  const after = [];
  for (let i = 0; i < pairs; i++) {
    before.push(child(against));
    after.push(child(root));
  }
  rmSync(ws, { recursive: true, force: true });
  const med = (xs, f) => xs.map(f).sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`PDF emitters, ${against} (before) vs ${root} (after): ${count} generated notices, 3 warm rounds per process, ${pairs} process pairs`);
  for (const emit of ['emitPdf', 'emitSimplifiedPdf']) {
    const b = (k) => med(before, (x) => x[emit][k]);
    const a = (k) => med(after, (x) => x[emit][k]);
    console.log(`${emit.padEnd(18)} before ${b('cpu').toFixed(1)} ms CPU (${b('wall').toFixed(1)} wall, ${b('kb').toFixed(0)} KB) | after ${a('cpu').toFixed(1)} ms CPU (${a('wall').toFixed(1)} wall, ${a('kb').toFixed(0)} KB) | ${(b('cpu') / a('cpu')).toFixed(1)}x less CPU`);
  }
  console.log(`peak RSS of such a process: before ${med(before, (x) => x.rss).toFixed(0)} MB, after ${med(after, (x) => x.rss).toFixed(0)} MB`);
  process.exit(0);
}
const runs = opt('--runs', 20);
const coldRuns = opt('--cold', 3);
const files = args.length
  ? args
  : existsSync(`${root}notices`)
    ? readdirSync(`${root}notices`).filter((f) => f.endsWith('.yaml')).sort().map((f) => `notices/${f}`)
    : ['test/fixtures/html/sample.yaml'];

const load = async () => {
  const { checkSource } = await import(`${root}dist/pipeline/check-source.js`);
  const pdf = await import(`${root}dist/emit/pdf/index.js`);
  const notices = files.map((file) => {
    const { notice } = checkSource(file, readFileSync(`${root}${file}`, 'utf8'), { lang: 'es', evaluation: { today: '2026-01-01' } });
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
