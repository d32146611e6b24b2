// `npm run bench`: builds a corpus of realistic notices in a temp folder and measures, in the same
// run and as ratios against baselines measured beside them: cold check vs the YAML parse floor
// (runs paired A B A B, so machine drift cancels), re-check, full build, no-op rebuild, peak memory,
// cold start, PDF speed vs a warm Chromium. Writes the table between the markers of
// bench/RESULTS.md (the analysis around it is written by hand). Never a timed unit test.
// Options: --count N (default 1000), --runs N (3), --build-count N (all), --pdf-count N (20).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const BUILD_COUNT = arg('--build-count', COUNT);
const TODAY = '2026-06-01';
const ws = mkdtempSync(join(tmpdir(), 'notice-bench-'));
const log = (s) => process.stderr.write(`${s}\n`);
const node = process.execPath;

/** Runs a command as a whole process: wall ms, CPU ms and peak RSS (MB) from /usr/bin/time. */
function timed(cmd, args, env = {}) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', cmd, ...args], { cwd: ws, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1', ...env }, maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  const [rss, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { ms, cpuMs: (user + sys) * 1000, rssMb: rss / 1024, code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A and B in turn, RUNS times: the medians of each and the median of the pairwise ratios A/B. */
function paired(a, b) {
  const ra = [];
  const rb = [];
  for (let i = 0; i < RUNS; i++) {
    rb.push(b());
    ra.push(a());
  }
  return {
    a: median(ra.map((r) => r.ms)),
    b: median(rb.map((r) => r.ms)),
    ratio: median(ra.map((r, i) => r.ms / rb[i].ms)),
    cpuRatio: median(ra.map((r, i) => r.cpuMs / rb[i].cpuMs)),
    rssA: median(ra.map((r) => r.rssMb)),
  };
}

log(`corpus: ${COUNT} notices in ${ws}`);
const files = writeCorpus(ws, COUNT);
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
const floorCmd = () => timed(node, [join(ROOT, 'bench/parse-floor.mjs'), join(ws, 'notices')]);
const checkArgs = ['check', '-f', 'json', '--today', TODAY];
const cli = (args, env) => timed(node, [BIN, ...args], env);

log('cold check vs parse floor (paired)…');
const cold = paired(() => cli([...checkArgs, '--no-cache']), floorCmd);
const coldRun = cli([...checkArgs, '--no-cache']);
const report = JSON.parse(coldRun.stdout);
log('re-check of unchanged notices (cache)…');
cli(checkArgs);
const warm = paired(() => cli(checkArgs), floorCmd);
const stylish = cli(['check', '--today', TODAY]);

if (BUILD_COUNT < COUNT) for (const f of files.slice(BUILD_COUNT)) rmSync(f);
log(`full build (${BUILD_COUNT} notices)…`);
const build = cli(['build', '--no-cache', '--today', TODAY]);
if (build.code !== 0) throw new Error(`build failed: ${build.stderr.slice(-2000)}`);
log(build.stderr.trim().split('\n').slice(-1)[0]);
log('no-op rebuild…');
const noop = Array.from({ length: RUNS }, () => cli(['build', '--today', TODAY]));
const noopMs = median(noop.map((r) => r.ms));
if (!/salida sin cambios/.test(noop[0].stderr)) throw new Error(`no-op rebuild wrote files: ${noop[0].stderr}`);
log('one notice changed…');
writeFileSync(files[7], readFileSync(files[7], 'utf8').replace(/^title: (.*)$/m, 'title: $1 (revisado)'));
const one = cli(['build', '--today', TODAY]);

log('cold start…');
const version = median(Array.from({ length: 3 * RUNS }, () => cli(['--version']).ms));
const checkOne = median(Array.from({ length: 3 * RUNS }, () => cli(['check', 'notices/aviso-0000.yaml', '--no-cache', '--today', TODAY]).ms));

let pdf;
if (existsSync('/usr/bin/chromium') && PDF_COUNT > 0) {
  log(`Chromium vs notice PDF (${PDF_COUNT} integral notices)…`);
  pdf = JSON.parse(timed(node, [join(ROOT, 'bench/chromium-vs-pdf.mjs'), ws, String(PDF_COUNT)]).stdout);
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rows = [
  ['parse floor: `yaml.parse` of every notice, one worker per core, whole process', s(cold.b), '(baseline)', null],
  ['`notice check`, cold (no cache), whole process', `${s(cold.a)} = **${cold.ratio.toFixed(2)}×** the floor (CPU ${cold.cpuRatio.toFixed(2)}×); ${((COUNT / cold.a) * 1000).toFixed(0)} notices/s; ${report.summary ? JSON.stringify(report.summary).replace(/"/g, '') : ''}`, '≤ 1.3× floor', cold.ratio <= 1.3],
  ['`notice check`, re-check of unchanged notices (cache)', `${s(warm.a)} (${warm.ratio.toFixed(2)}× the floor)`, '< 0.5 s', warm.a < 500],
  ['`notice check`, stylish report with code frames (cache)', s(stylish.ms), '(reference)', null],
  ['peak RSS, cold check', `${cold.rssA.toFixed(0)} MB`, '—', null],
  ['full build (6 formats, no cache)', `${BUILD_COUNT} notices in ${s(build.ms)} = ${((BUILD_COUNT / build.ms) * 1000).toFixed(1)} notices/s`, '≥ 50 notices/s', (BUILD_COUNT / build.ms) * 1000 >= 50],
  ['peak RSS, full build', `${build.rssMb.toFixed(0)} MB`, '< 300 MB', build.rssMb < 300],
  ['no-op rebuild', s(noopMs), '< 1 s', noopMs < 1000],
  ['rebuild after one notice changed', s(one.ms), '—', null],
  ['`notice --version`, cold', `${version.toFixed(0)} ms`, '< 150 ms', version < 150],
  ['`notice check <one notice>`, cold', `${checkOne.toFixed(0)} ms`, '—', null],
];
if (pdf) {
  rows.push(['PDF: Chromium page.pdf(), warm', `${pdf.chromiumMsPerPdf.toFixed(1)} ms/PDF (${pdf.chromeKB.toFixed(0)} KB)`, '—', null]);
  rows.push(['PDF: notice, warm', `${pdf.noticeMsPerPdf.toFixed(1)} ms/PDF (${pdf.noticeKB.toFixed(0)} KB) = ${pdf.speedup.toFixed(1)}× faster`, '≥ 10×', pdf.speedup >= 10]);
}
const table = ['| measure | result | target | met |', '| --- | --- | --- | --- |', ...rows.map(([a, b, c, ok]) => `| ${a} | ${b} | ${c} | ${ok === null ? '' : ok ? 'yes' : '**no**'} |`)].join('\n');
const header = [
  `Generated by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: \`node bench/run.mjs ${process.argv.slice(2).join(' ')}\`.`,
  '',
  `- Node ${process.version}, ${process.platform} ${process.arch}; ${cpus()[0]?.model ?? 'cpu'}; availableParallelism() = ${availableParallelism()}; ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM.`,
  `- Corpus: ${COUNT} generated notices (bench/corpus.mjs), ${(bytes / COUNT / 1024).toFixed(1)} KB each on average, ${(bytes / 2 ** 20).toFixed(1)} MB in all.`,
  `- Whole processes, wall time. Check and floor paired A B A B ${RUNS} times; the ratio is the median of the pairwise ratios. Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${availableParallelism()} cores.`,
  '',
].join('\n');
const block = `<!-- bench:start -->\n${header}\n${table}\n<!-- bench:end -->`;
const path = join(ROOT, 'bench/RESULTS.md');
const old = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
const next = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/.test(old) ? old.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block) : `${old.trimEnd()}\n\n${block}\n`;
writeFileSync(path, next);
process.stdout.write(`${block}\n`);
rmSync(ws, { recursive: true, force: true });
