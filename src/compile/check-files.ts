import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { WorkerPool } from '../build/pool.js';
import type { WorkerInit, WorkerResult, WorkerTask } from '../build/workers/protocol.js';
import type { RuleSetting } from '../config/types.js';
import { sortDiagnostics } from '../diagnostics/collect.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { message } from '../i18n/messages.js';
import { JsonCache } from '../io/cache.js';
import { workspacePath } from '../io/find-notices.js';
import { digest } from '../io/hash.js';
import { readText } from '../io/read-text.js';
import type { Notice } from '../model/notice.js';
import type { RulesetId } from '../rules/types.js';
import { checkOne, type CheckOneOptions, type CheckOneResult } from './check-one.js';
import { workspaceFindings } from './workspace-pass.js';

export interface CheckFilesOptions {
  /** Paths in results and diagnostics are relative to this folder. */
  cwd: string;
  lang?: Lang;
  today?: string;
  /** The config's `rules:` severities (overrides for the rules engine). */
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
  /** Findings of this notice, including those of the rules across notices, sorted. */
  diagnostics: Diagnostic[];
  ruleset?: RulesetId;
  /** Source text, for code frames; undefined when the file could not be read. */
  text?: string;
  /** True when the per-notice result came from the cache. */
  cached: boolean;
  /** The file could not be read or decoded (exit code 2 territory). */
  ioError: boolean;
}

type Cached = { diagnostics: Diagnostic[]; ruleset?: RulesetId };
interface Item { index: number; file: string; text: string; key: string; result?: CheckOneResult }

/** Below this many uncached files, worker start-up costs more than it saves. */
const PARALLEL_THRESHOLD = 24;

/**
 * Checks many notice files: reads them, answers unchanged ones from a content-hash cache (keyed by
 * content, path, tool version and options), spreads the rest over worker threads (one per core),
 * then runs the rules across notices. Results keep the input order.
 */
export async function checkFiles(paths: readonly string[], options: CheckFilesOptions): Promise<CheckedFile[]> {
  const opts: CheckOneOptions = { lang: options.lang ?? 'es', today: options.today, rules: options.rules, law: options.law };
  const salt = JSON.stringify([options.toolVersion, opts.lang, opts.today ?? '', opts.law ?? '', Object.entries(opts.rules ?? {}).sort()]);
  const store = (name: string) => (options.cacheDir ? new JsonCache<never>(options.cacheDir, name, options.toolVersion) : undefined);
  const cache = (store('check-v1.json') as JsonCache<Cached> | undefined)?.load();
  const results: CheckedFile[] = new Array(paths.length);
  const items: Item[] = [];
  const texts = await Promise.all(paths.map((p) => readText(resolve(options.cwd, p))));
  texts.forEach((read, index) => {
    const file = workspacePath(options.cwd, resolve(options.cwd, paths[index] as string));
    if (!read.ok) {
      const code = read.reason === 'encoding' ? 'IO-ENCODING' : 'IO-READ';
      results[index] = { file, cached: false, ioError: true, diagnostics: [{ code, severity: 'error', message: message(code, opts.lang, { detail: read.detail }), file, pointer: '' }] };
      return;
    }
    const key = digest([salt, file, read.text]);
    const hit = cache?.get(key);
    if (hit) results[index] = { file, text: read.text, diagnostics: hit.diagnostics, ruleset: hit.ruleset, cached: true, ioError: false };
    items.push({ index, file, text: read.text, key });
  });
  const todo = items.filter((i) => !results[i.index]);
  let done = paths.length - todo.length;
  options.onProgress?.(done, paths.length);
  const finish = (t: Item, r: CheckOneResult) => {
    t.result = r;
    results[t.index] = { file: t.file, text: t.text, diagnostics: r.diagnostics, ruleset: r.ruleset, cached: false, ioError: false };
    cache?.set(t.key, { diagnostics: r.diagnostics, ...(r.ruleset ? { ruleset: r.ruleset } : {}) });
    options.onProgress?.(++done, paths.length);
  };
  const jobs = options.jobs ?? (todo.length >= PARALLEL_THRESHOLD ? availableParallelism() : 1);
  if (jobs > 1 && todo.length > 1) {
    const pool = new WorkerPool<WorkerTask, WorkerResult>(new URL('../build/workers/compile-worker.js', import.meta.url), Math.min(jobs, todo.length), { warmPdf: false } satisfies WorkerInit);
    try {
      await Promise.all(todo.map(async (t) => {
        const r = await pool.run({ kind: 'check', file: t.file, text: t.text, options: opts });
        if (r.kind === 'check') finish(t, r.result);
      }));
    } finally {
      await pool.close();
    }
  } else for (const t of todo) finish(t, checkOne(t.file, t.text, opts));
  await workspacePass(items, results, opts, store);
  if (cache) {
    cache.retainIfLarger(20_000, items.map((i) => i.key));
    cache.save();
  }
  return results;
}

/** Rules across notices: from the cache when no notice changed, else over every notice's data. */
async function workspacePass(items: Item[], results: CheckedFile[], opts: CheckOneOptions, store: (n: string) => JsonCache<never> | undefined): Promise<void> {
  if (items.length < 2) return;
  const wsCache = (store('check-workspace-v1.json') as JsonCache<Diagnostic[]> | undefined)?.load();
  const wsKey = digest(items.map((i) => i.key));
  let found = wsCache?.get(wsKey);
  if (!found) {
    const dataCache = (store('notice-data-v1.json') as JsonCache<{ notice?: Notice; ruleset?: RulesetId }> | undefined)?.load();
    const inputs = items.map((i) => {
      let data: { notice?: Notice; ruleset?: RulesetId } | undefined = i.result ? { notice: i.result.notice, ruleset: i.result.ruleset } : dataCache?.get(i.key);
      if (!data) {
        try {
          data = { notice: parse(i.text) as Notice, ruleset: results[i.index]?.ruleset };
        } catch {
          data = {};
        }
      }
      if (i.result) dataCache?.set(i.key, data as never);
      return { file: i.file, text: i.text, ...data };
    });
    found = workspaceFindings(inputs, opts);
    if (dataCache) {
      dataCache.retain(items.map((i) => i.key));
      dataCache.save();
    }
    if (wsCache) {
      wsCache.retain([]);
      wsCache.set(wsKey, found);
      wsCache.save();
    }
  }
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of found) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const i of items) {
    const extra = byFile.get(i.file);
    const r = results[i.index];
    if (extra && r) r.diagnostics = sortDiagnostics([...r.diagnostics, ...extra]);
  }
}
