// Compiles src/ into dist/ with tsc. It never deletes dist/avisos/ (`notice build` owns it): it
// only (re)writes what tsc emits and removes compiled files whose source no longer exists, so a
// renamed module never ships twice in the package.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit', cwd: root });
process.exitCode = result.status ?? 1;

/** dist/x/y.js, y.d.ts -> src/x/y.ts; a compiled file without its source is stale. */
function prune(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    const rel = relative(join(root, 'dist'), p);
    if (rel === 'avisos' || rel.startsWith(`avisos/`)) continue;
    if (e.isDirectory()) {
      prune(p);
      if (readdirSync(p).length === 0) rmdirSync(p);
      continue;
    }
    const stem = rel.replace(/\.d\.ts$/, '').replace(/\.js$/, '');
    if (stem === rel) continue;
    if (!existsSync(join(root, 'src', `${stem}.ts`)) && !existsSync(join(root, 'src', `${stem}.d.ts`))) rmSync(p);
  }
}
if (result.status === 0 && existsSync(join(root, 'dist'))) prune(join(root, 'dist'));
if (result.status === 0) {
  const gen = spawnSync(process.execPath, [join(root, 'scripts/gen-validator.mjs')], { stdio: 'inherit', cwd: root });
  process.exitCode = gen.status ?? 1;
}

/** Every file under dir (sorted), except the output folder of `notice build` and the build info. */
function filesUnder(dir, skip) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (skip(p)) return [];
      return e.isDirectory() ? filesUnder(p, skip) : [p];
    });
}

// dist/build-info.json: a digest of what decides every finding and output (compiled code, schemas,
// law texts, templates, package version). Cache keys use it, so a rebuilt tool never reuses stale results.
if (process.exitCode === 0 || process.exitCode === undefined) {
  const skip = (p) => p === join(root, 'dist', 'avisos') || p.endsWith('build-info.json');
  const h = createHash('sha256');
  for (const d of ['dist', 'schemas', 'legal', 'templates']) {
    for (const f of filesUnder(join(root, d), skip)) h.update(relative(root, f)).update('\0').update(readFileSync(f));
  }
  h.update(readFileSync(join(root, 'package.json')));
  writeFileSync(join(root, 'dist', 'build-info.json'), `${JSON.stringify({ digest: h.digest('hex').slice(0, 16) })}\n`);
}
