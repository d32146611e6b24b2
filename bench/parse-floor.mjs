// The floor for `notice check`: the yaml parser alone on the same files, on every core.
// Usage: node bench/parse-floor.mjs <dir>; prints JSON { files, ms }.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parse } from 'yaml';

if (isMainThread) {
  const t0 = performance.now();
  const dir = process.argv[2];
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
  const n = availableParallelism();
  const shares = Array.from({ length: n }, (_, i) => files.filter((_, j) => j % n === i));
  await Promise.all(
    shares.map((share) => new Promise((res, rej) => {
      const w = new Worker(new URL(import.meta.url), { workerData: share });
      w.once('message', res);
      w.once('error', rej);
    })),
  );
  console.log(JSON.stringify({ files: files.length, threads: n, ms: performance.now() - t0 }));
} else {
  let keys = 0;
  for (const f of workerData) keys += Object.keys(parse(readFileSync(f, 'utf8'))).length;
  parentPort.postMessage(keys);
}
