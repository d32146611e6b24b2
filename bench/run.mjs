// `npm run bench`: builds a corpus of realistic notices in a temp folder and measures check,
// build, no-op rebuild, peak memory, cold start and PDF speed against Chromium. Writes
// bench/RESULTS.md. Never a timed unit test. Options: --count N (default 1000), --pdf-count N.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/notice.js');
const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const COUNT = arg('--count', 1000);
const PDF_COUNT = arg('--pdf-count', 20);
const RUNS = arg('--runs', 3);
// On a crowded machine the build can be measured on the first N notices of the corpus.
const BUILD_COUNT = arg('--build-count', COUNT);
const runs = (f) => Array.from({ length: RUNS }, f);
const ws = mkdtempSync(join(tmpdir(), 'notice-bench-'));
const log = (s) => process.stderr.write(`${s}\n`);

/** Runs a command, returns wall ms, peak RSS (MB, via /usr/bin/time) and stdout. */
function timed(cmd, args, env = {}) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd: ws, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', ...env }, maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  const rssKb = Number(r.stderr.trim().split('\n').pop());
  return { ms, rssMb: rssKb / 1024, code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const node = process.execPath;

log(`corpus: ${COUNT} notices in ${ws}`);
const files = writeCorpus(ws, COUNT);
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);

log('parse floor (yaml alone, every core)…');
const floor = median(runs(() => JSON.parse(timed(node, [join(ROOT, 'bench/parse-floor.mjs'), join(ws, 'notices')]).stdout).ms));
const floorWall = median(runs(() => timed(node, [join(ROOT, 'bench/parse-floor.mjs'), join(ws, 'notices')]).ms));

log('cold check (checkFiles, no cache)…');
const cold = runs(() => timed(node, [join(ROOT, 'bench/check-many.mjs'), ws, '--no-cache']));
const coldCheck = median(cold.map((r) => r.ms));
const coldInner = median(cold.map((r) => JSON.parse(r.stdout).ms));
timed(node, [join(ROOT, 'bench/check-many.mjs'), ws]); // fill the check cache
log('warm re-check (cache)…');
const warm = runs(() => timed(node, [join(ROOT, 'bench/check-many.mjs'), ws]));
const warmCheck = median(warm.map((r) => r.ms));
if (JSON.parse(warm[0].stdout).cached !== COUNT) throw new Error('re-check did not hit the cache');
log('notice check (the CLI command as it is on this branch)…');
const cliCheck = timed(node, [BIN, 'check', 'notices']);

if (BUILD_COUNT < COUNT) for (const f of files.slice(BUILD_COUNT)) rmSync(f);
log(`full build (${BUILD_COUNT} notices)…`);
const build = timed(node, [BIN, 'build', '--no-cache']);
if (build.code !== 0) throw new Error(`build failed: ${build.stderr.slice(-2000)}`);
log(build.stderr.trim().split('\n').slice(-2)[0]);
log('no-op rebuild…');
const noop = runs(() => timed(node, [BIN, 'build']));
const noopMs = median(noop.map((r) => r.ms));
if (!/salida sin cambios/.test(noop[0].stderr)) throw new Error(`no-op rebuild wrote files: ${noop[0].stderr}`);
log('one notice changed…');
writeFileSync(files[7], readFileSync(files[7], 'utf8').replace(/^title: (.*)$/m, 'title: $1 (revisado)'));
const one = timed(node, [BIN, 'build']);

log('cold start…');
const version = median(Array.from({ length: 3 * RUNS }, () => timed(node, [BIN, '--version']).ms));
const checkOne = median(Array.from({ length: 3 * RUNS }, () => timed(node, [BIN, 'check', 'notices/aviso-0000.yaml']).ms));

log(`Chromium vs notice PDF (${PDF_COUNT} integral notices)…`);
const pdf = JSON.parse(timed(node, [join(ROOT, 'bench/chromium-vs-pdf.mjs'), ws, String(PDF_COUNT)]).stdout);

const rows = [
  ['check, cold (checkFiles, 2 workers, no cache)', `${(coldCheck / 1000).toFixed(2)} s wall (${(coldInner / 1000).toFixed(2)} s in-process) = ${((COUNT / coldCheck) * 1000).toFixed(0)} notices/s`, `≤ 1.3 × floor = ${((1.3 * floorWall) / 1000).toFixed(2)} s`, coldCheck <= 1.3 * floorWall],
  ['parse floor (yaml.parse, 2 workers)', `${(floorWall / 1000).toFixed(2)} s wall (${(floor / 1000).toFixed(2)} s in-process)`, '—', null],
  ['check, unchanged (cache)', `${(warmCheck / 1000).toFixed(2)} s`, '< 0.5 s', warmCheck < 500],
  ['`notice check notices` (CLI on this branch)', `${(cliCheck.ms / 1000).toFixed(2)} s, ${cliCheck.rssMb.toFixed(0)} MB`, '(reference)', null],
  ['full build (6 formats, 2 workers, no cache)', `${BUILD_COUNT} notices in ${(build.ms / 1000).toFixed(1)} s = ${((BUILD_COUNT / build.ms) * 1000).toFixed(1)} notices/s`, '≥ 50 notices/s', (BUILD_COUNT / build.ms) * 1000 >= 50],
  ['peak RSS, full build', `${build.rssMb.toFixed(0)} MB`, '< 300 MB', build.rssMb < 300],
  ['no-op rebuild', `${(noopMs / 1000).toFixed(2)} s`, '< 1 s', noopMs < 1000],
  ['rebuild after one notice changed', `${(one.ms / 1000).toFixed(2)} s`, '—', null],
  ['`notice --version`, cold', `${version.toFixed(0)} ms`, '< 150 ms', version < 150],
  ['`notice check <one notice>`, cold', `${checkOne.toFixed(0)} ms`, '—', null],
  ['PDF: Chromium page.pdf(), warm', `${pdf.chromiumMsPerPdf.toFixed(1)} ms/PDF (${pdf.chromeKB.toFixed(0)} KB)`, '—', null],
  ['PDF: notice (pdfkit, fonts warm)', `${pdf.noticeMsPerPdf.toFixed(1)} ms/PDF (${pdf.noticeKB.toFixed(0)} KB) = ${pdf.speedup.toFixed(1)}× faster`, '≥ 10×', pdf.speedup >= 10],
];
const table = ['| measure | result | target | met |', '| --- | --- | --- | --- |', ...rows.map(([a, b, c, ok]) => `| ${a} | ${b} | ${c} | ${ok === null ? '' : ok ? 'yes' : '**no**'} |`)].join('\n');
const header = `# Benchmark results\n\nGenerated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.\n\n- Node ${process.version}, ${process.platform} ${process.arch}; ${cpus()[0]?.model ?? 'cpu'}; availableParallelism() = ${availableParallelism()}; ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM.\n- Corpus: ${COUNT} generated notices (bench/corpus.mjs), ${(bytes / COUNT / 1024).toFixed(1)} KB each on average, ${(bytes / 2 ** 20).toFixed(1)} MB in all.\n- Wall times include process start; medians of ${RUNS} (${3 * RUNS} for cold starts). Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${availableParallelism()} cores (other sessions were running).\n\n`;
const out = `${header}${table}\n`;
writeFileSync(join(ROOT, 'bench/RESULTS.md'), out);
process.stdout.write(out);
rmSync(ws, { recursive: true, force: true });
