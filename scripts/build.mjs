// Compiles src/ into dist/ with tsc. It never deletes dist/: `notice build` owns dist/avisos/,
// and this script only (re)writes the files tsc emits.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], {
  stdio: 'inherit',
  cwd: root,
});
process.exitCode = result.status ?? 1;
