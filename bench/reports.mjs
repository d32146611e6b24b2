// Report sizes at scale: SARIF and the Markdown step summary for 1,000 notices with findings.
// Real findings: the repository's notices are checked once (three real notices with real legal
// gaps), then their findings and sources are repeated under 1,000 file names, as a big workspace
// of similar notices would give. Run after `npm run build`:  node bench/reports.mjs [count]
// Limits compared: GitHub code scanning accepts a SARIF file of at most 10 MB gzipped and 25,000
// results per run (docs: "SARIF support for code scanning"); the job summary holds at most 1 MiB
// per step ($GITHUB_STEP_SUMMARY). The issue's own goal: SARIF under 10 MB uncompressed.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const { check } = await import(new URL('../dist/index.js', import.meta.url).href);
const { REPORTERS } = await import(new URL('../dist/report/registry.js', import.meta.url).href);
const { ruleInfos } = await import(new URL('../dist/cli/commands/check-rules.js', import.meta.url).href);

const count = Number(process.argv[2] ?? 1000);
const seed = await check({ cwd: root, today: '2026-01-15', cache: false, baseline: { file: false } });
const withFindings = seed.files.filter((f) => seed.diagnostics.some((d) => d.file === f && d.severity !== 'info'));
const files = [];
const diagnostics = [];
const sources = new Map();
const rulesets = new Map();
for (let i = 0; i < count; i++) {
  const from = withFindings[i % withFindings.length];
  const file = `avisos/${String(i).padStart(4, '0')}-${from.split('/').pop()}`;
  files.push(file);
  sources.set(file, seed.sources.get(from));
  rulesets.set(file, seed.rulesets.get(from));
  for (const d of seed.diagnostics) if (d.file === from) diagnostics.push({ ...d, file });
}
const { rules, byRuleset } = ruleInfos(rulesets.values());
const input = { diagnostics, sources, files, lang: 'es', color: false, toolVersion: '0.0.0', failOn: 'error', rulesets, rules, rulesByFile: new Map([...rulesets].map(([f, r]) => [f, byRuleset.get(r) ?? []])) };

const MB = 1000 * 1000;
const MiB = 1024 * 1024;
const rows = [];
for (const format of ['sarif', 'markdown', 'json', 'junit', 'github', 'gitlab']) {
  const t0 = performance.now();
  const text = REPORTERS[format](input);
  const ms = performance.now() - t0;
  const bytes = Buffer.byteLength(text);
  rows.push({ format, bytes, gzip: gzipSync(text).length, ms });
  if (format === 'sarif') {
    const run = JSON.parse(text).runs[0];
    rows.at(-1).results = run.results.length;
    rows.at(-1).rules = run.tool.driver.rules.length;
  }
  if (format === 'markdown') rows.at(-1).truncated = /Resumen truncado|Summary truncated/.test(text);
}
const findings = diagnostics.filter((d) => !d.suppressed && d.code !== 'RULESET-SELECTED').length;
console.log(`reports for ${count} notices, ${findings} findings (${withFindings.length} real notices repeated), node ${process.version}`);
for (const r of rows) {
  console.log(`${r.format.padEnd(9)} ${(r.bytes / MB).toFixed(2).padStart(7)} MB  gzip ${(r.gzip / MB).toFixed(2).padStart(6)} MB  ${r.ms.toFixed(0).padStart(5)} ms${r.results !== undefined ? `  ${r.results} results, ${r.rules} rules` : ''}${r.truncated !== undefined ? `  truncated: ${r.truncated}` : ''}`);
}
const sarif = rows.find((r) => r.format === 'sarif');
const md = rows.find((r) => r.format === 'markdown');
const ok = sarif.bytes < 10 * MB && sarif.gzip < 10 * MB && sarif.results <= 25000 && md.bytes < MiB;
console.log(`SARIF < 10 MB: ${sarif.bytes < 10 * MB}; gzip < 10 MB: ${sarif.gzip < 10 * MB}; results ≤ 25,000: ${sarif.results <= 25000}; Markdown < 1 MiB: ${md.bytes < MiB}`);
process.exitCode = ok ? 0 : 1;
