import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { WorkerPool } from '../build/pool.js';
import type { WorkerInit, WorkerResult, WorkerTask } from '../build/workers/protocol.js';
import type { RuleSetting } from '../config/types.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { message } from '../i18n/messages.js';
import { JsonCache } from '../io/cache.js';
import { workspacePath } from '../io/find-notices.js';
import { digest } from '../io/hash.js';
import { readText } from '../io/read-text.js';
import { checkOne, type CheckOneOptions } from './check-one.js';

export interface CheckFilesOptions {
  /** Paths in results and diagnostics are relative to this folder. */
  cwd: string;
  lang?: Lang;
  today?: string;
  rules?: Record<string, RuleSetting>;
  law?: 'LGPDPPSO-2025' | 'LGPDPPSO-2017';
  /** Cache folder (e.g. config.cacheDir), or false to neither read nor write a cache. */
  cacheDir?: string | false;
  /** Worker threads; default: one per core when there are many files. */
  jobs?: number;
  toolVersion: string;
  onProgress?: (done: number, total: number) => void;
}

export interface CheckedFile {
  /** Workspace-relative, forward slashes. */
  file: string;
  diagnostics: Diagnostic[];
  /** Source text, for code frames; undefined when the file could not be read. */
  text?: string;
  /** True when the result came from the cache. */
  cached: boolean;
  /** The file could not be read or decoded (exit code 2 territory). */
  ioError: boolean;
}

/** Below this many uncached files, worker start-up costs more than it saves. */
const PARALLEL_THRESHOLD = 24;

/**
 * Checks many notice files: reads them, answers unchanged ones from a content-hash cache, and
 * spreads the rest over worker threads (one per core). Results keep the input order.
 */
export async function checkFiles(paths: readonly string[], options: CheckFilesOptions): Promise<CheckedFile[]> {
  const opts: CheckOneOptions = { lang: options.lang ?? 'es', today: options.today, rules: options.rules, law: options.law };
  const salt = JSON.stringify([options.toolVersion, opts.lang, opts.today ?? '', opts.law ?? '', Object.entries(opts.rules ?? {}).sort()]);
  const cache = options.cacheDir ? new JsonCache<Diagnostic[]>(options.cacheDir, 'check-v1.json', options.toolVersion).load() : undefined;
  const results: CheckedFile[] = new Array(paths.length);
  const keys: string[] = [];
  const todo: { index: number; file: string; text: string; key: string }[] = [];
  const texts = await Promise.all(paths.map((p) => readText(resolve(options.cwd, p))));
  texts.forEach((read, index) => {
    const file = workspacePath(options.cwd, resolve(options.cwd, paths[index] as string));
    if (!read.ok) {
      const code = read.reason === 'encoding' ? 'IO-ENCODING' : 'IO-READ';
      results[index] = { file, cached: false, ioError: true, diagnostics: [{ code, severity: 'error', message: message(code, opts.lang, { detail: read.detail }), file, pointer: '' }] };
      return;
    }
    const key = digest([salt, file, read.text]);
    keys.push(key);
    const hit = cache?.get(key);
    if (hit) results[index] = { file, text: read.text, diagnostics: hit, cached: true, ioError: false };
    else todo.push({ index, file, text: read.text, key });
  });
  let done = paths.length - todo.length;
  options.onProgress?.(done, paths.length);
  const jobs = options.jobs ?? (todo.length >= PARALLEL_THRESHOLD ? availableParallelism() : 1);
  const finish = (t: (typeof todo)[number], diagnostics: Diagnostic[]) => {
    results[t.index] = { file: t.file, text: t.text, diagnostics, cached: false, ioError: false };
    cache?.set(t.key, diagnostics);
    options.onProgress?.(++done, paths.length);
  };
  if (jobs > 1 && todo.length > 1) {
    const init: WorkerInit = { warmPdf: false };
    const pool = new WorkerPool<WorkerTask, WorkerResult>(new URL('../build/workers/compile-worker.js', import.meta.url), Math.min(jobs, todo.length), init);
    try {
      await Promise.all(
        todo.map(async (t) => {
          const r = await pool.run({ kind: 'check', file: t.file, text: t.text, options: opts });
          if (r.kind === 'check') finish(t, r.diagnostics);
        }),
      );
    } finally {
      await pool.close();
    }
  } else {
    for (const t of todo) finish(t, checkOne(t.file, t.text, opts));
  }
  if (cache) {
    cache.retainIfLarger(20_000, keys);
    cache.save();
  }
  return results;
}
