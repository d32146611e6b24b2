// The library's check (the same runner as `notice check`) on a workspace; prints JSON.
// Usage: node bench/check-many.mjs <workspace> [--no-cache]
import { check } from '../dist/index.js';

const t0 = performance.now();
const ws = process.argv[2];
const r = await check({ cwd: ws, today: '2026-06-01', cache: !process.argv.includes('--no-cache') });
const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
console.log(JSON.stringify({ files: r.files.length, cached: r.notices.filter((n) => n.cached).length, errors, ms: performance.now() - t0 }));
