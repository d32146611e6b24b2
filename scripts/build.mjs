// Compiles src/ into dist/ with tsc. It never deletes dist/avisos/ (`notice build` owns it): it
// only (re)writes what tsc emits and removes compiled files whose source no longer exists, so a
// renamed module never ships twice in the package.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
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
