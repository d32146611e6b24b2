// `prepare` (npm runs it after `npm install`/`npm ci` in a checkout and when installing from git):
// compiles dist/ when TypeScript is there to do it, and never fails an install when it is not.
// - fresh clone: `npm ci` installs TypeScript (a dev dependency), so dist/ is built here and the
//   README's `npx notice build` works right away;
// - install from git or by pre-commit: npm installs the dev dependencies first, so it builds too;
// - an install that skips dev dependencies or scripts: nothing to build with; bin/notice.js then
//   says how to get a working copy instead of failing with a stack trace.
// The published tarball always ships dist/: `prepack` runs the full build (scripts/build.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'src'))) process.exit(0); // an installed package: dist/ shipped already
try {
  createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  console.warn('notice: TypeScript is not installed, dist/ was not compiled (run `npm install` with dev dependencies, then `npm run build`).');
  process.exit(0);
}
const r = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
