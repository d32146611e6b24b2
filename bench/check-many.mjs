// `checkFiles` (the parallel, cached check library) on a folder, as check.ts would call it.
// Usage: node bench/check-many.mjs <workspace> [--no-cache]; prints JSON.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkFiles } from '../dist/compile/check-files.js';
import { toolVersion } from '../dist/cli/version.js';

const t0 = performance.now();
const ws = process.argv[2];
const files = readdirSync(join(ws, 'notices')).filter((f) => f.endsWith('.yaml')).sort().map((f) => `notices/${f}`);
const results = await checkFiles(files, { cwd: ws, toolVersion: toolVersion(), cacheDir: process.argv.includes('--no-cache') ? false : join(ws, '.notice-cache') });
const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
console.log(JSON.stringify({ files: results.length, cached: results.filter((r) => r.cached).length, errors, ms: performance.now() - t0 }));
