import { availableParallelism } from 'node:os';
import { makeDiagnostic } from '../diagnostics/catalogue/index.js';
import { hasErrors, sortDiagnostics } from '../diagnostics/collect.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { emitterEntry } from '../emit/registry.js';
import type { Notice } from '../model/notice.js';
import { digest, sha256 } from '../util/hash.js';
import type { CheckedNotice } from './check-notice.js';
import type { HashedOutput } from './hash-outputs.js';
import Tinypool from 'tinypool';
import { unpackData } from './pack.js';
import { decodeText, type TaskEmitted, type TaskText, type WorkerInit, type WorkerResult, type WorkerTask } from './protocol.js';
import { positionEmitted } from './position-emitted.js';
import { isSafeId } from './safe-id.js';
import type { CachedEmit, NoticeOptions, NoticeRun, ProcessedNotice, RunCache, RunResult, RunSource } from './types.js';

export interface RunRequest {
  sources: readonly RunSource[];
  options: NoticeOptions;
  toolVersion: string;
  cache?: RunCache;
  /** Worker threads; default: one per core when there is enough work to pay for them. */
  jobs?: number;
  /**
   * Check: the notices whose findings are reported (named on the command line, or changed). The
   * others only pass the schema, for the rules across notices to see them; undefined: all.
   */
  report?: ReadonlySet<string>;
  /** Build: whether the files a cached compile recorded for this id are still published as recorded. */
  stillPublished?: (id: string, emitted: CachedEmit) => boolean;
  /** Build: each fresh compile's outputs, with their bytes (to stage them); the runner then drops the bytes. */
  onEmitted?: (file: string, id: string, outputs: HashedOutput[]) => void;
  /**
   * Build: where worker threads write fresh compiles themselves, so their bytes never cross
   * threads. `slot()` names a new folder (its parent exists) and the key to report it by;
   * `writer` is the URL of the module exporting `writeStagedFiles` (io/stage-files.ts: the runner
   * itself never writes). A compile a worker wrote is reported to `onStaged`, any other to `onEmitted`.
   */
  stage?: { slot: () => { key: string; dir: string }; writer: string };
  onStaged?: (file: string, id: string, key: string) => void;
  onProgress?: (phase: 'check' | 'compile', done: number, total: number) => void;
}

/** Below this many notices to check, worker start-up costs more than it saves. */
const PARALLEL_CHECKS = 24;
/** Compiling (PDF) is heavier: threads pay off sooner. */
const PARALLEL_COMPILES = 4;
/**
 * Old-generation ceiling of a build's worker threads, in MB. Far above what a thread holds (about
 * 30 MB of code and fonts, plus one notice: at most 512 KB of YAML, docs/limits.md), and what
 * sizes the heap: V8 lets a heap grow up to 4× its live size after each full GC when the ceiling is
 * several GB (its default), and only about 1.4× under a ceiling of this size.
 */
const WORKER_OLD_SPACE_MB = 512;

interface Item {
  file: string;
  /** The source: its text, or its bytes until the text is needed (textOf). */
  source?: TaskText;
  contentSha256?: string;
  /** Not reported: checked against the schema only (see RunRequest.report). */
  light?: boolean;
  readError?: { reason: 'read' | 'encoding'; detail: string };
  key?: string;
  check?: CheckedNotice;
  cachedCheck: boolean;
  workspace: Diagnostic[];
  emitKey?: string;
  /** The data the rules across notices read, packed by the worker (build): unpacked when they run. */
  packed?: Uint8Array;
  /** A compile done in the check's task (build), with the draft flag it assumed. */
  speculative?: { draft: boolean; failed: boolean; diagnostics: Diagnostic[]; outputs: NonNullable<ProcessedNotice['outputs']> };
  status?: ProcessedNotice['status'];
  emitted?: { diagnostics: Diagnostic[]; outputs: NonNullable<ProcessedNotice['outputs']>; cached: boolean };
}

/**
 * The one runner behind `check`, `check --changed`, `build`, `watch` and the library API: sources
 * plus options plus "today" in, every finding (and, for a build, every output) out.
 *
 * 1. Check every notice (parse, schema, rules): cached by content and options, else on worker threads.
 * 2. Judge across notices (same controller, one Transparency Unit…) over the schema-valid ones.
 * 3. Build only: compile the notices that may be published, as final or as drafts, reusing the
 *    previous compile when nothing it depends on changed.
 */
export async function runNotices(req: RunRequest): Promise<RunResult> {
  const { options, cache } = req;
  const checkOptions = { lang: options.lang, evaluation: options.evaluation, ...(options.rules ? { rules: options.rules } : {}), ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) };
  const checkSalt = digest([req.toolVersion, stableJson(checkOptions)]);
  const items: Item[] = req.sources.map((s) => {
    if ('readError' in s) return { file: s.file, readError: s.readError, cachedCheck: false, workspace: [] };
    // The content is hashed once: the manifest records this hash, the cache key hashes it again.
    const contentSha256 = 'bytes' in s ? s.sha256 : (s.sha256 ?? sha256(s.text));
    const light = req.report !== undefined && !req.options.emit && !req.report.has(s.file);
    return { file: s.file, source: 'bytes' in s ? s.bytes : s.text, contentSha256, light, key: digest([checkSalt, s.file, contentSha256, light ? 'schema only' : 'full']), cachedCheck: false, workspace: [] };
  });
  const workers = new Workers(req, options);
  try {
    await checkPhase(items, req, workers, checkOptions);
    // A build's workers hold a compiler's heap each: let them go before the rules across notices
    // unpack every notice's data. The few compiles the verdicts may still change start new ones.
    if (options.emit) await workers.close();
    await workspacePhase(items, req, checkSalt);
    if (options.emit) await compilePhase(items, req, workers, digest([checkSalt, stableJson(options.emit)]));
  } finally {
    await workers.close();
  }
  cache?.save({ check: items.flatMap((i) => (i.key ? [i.key] : [])), emit: items.flatMap((i) => (i.emitKey ? [i.emitKey] : [])) });
  const notices = items.map((i) => toRun(i, options));
  return { notices, diagnostics: sortDiagnostics(notices.flatMap((n) => n.result.diagnostics)), ioFailure: notices.some((n) => n.ioError) };
}

async function checkPhase(items: Item[], req: RunRequest, workers: Workers, checkOptions: Pick<NoticeOptions, 'lang' | 'evaluation' | 'rules'>): Promise<void> {
  const { cache } = req;
  for (const i of items) {
    const hit = i.key ? cache?.getCheck(i.key) : undefined;
    if (hit) {
      i.check = hit;
      i.cachedCheck = true;
    }
  }
  const todo = items.filter((i) => i.source !== undefined && !i.check);
  let done = items.length - todo.length;
  req.onProgress?.('check', done, items.length);
  const finish = (i: Item, r: WorkerResult, slot?: string) => {
    if (r.kind !== 'check') return;
    i.check = r.result;
    const { notice, ...cached } = r.result;
    cache?.setCheck(i.key!, cached);
    if (notice) cache?.setData(i.key!, notice);
    // Packed data goes into the data cache when it is unpacked (workspace phase).
    if (r.data) i.packed = r.data;
    if (r.emitted) i.speculative = stage(req, i, r.result.meta!.id, r.emitted.draft, r.emitted.result, slot);
    req.onProgress?.('check', ++done, items.length);
  };
  const emit = req.options.emit;
  // Only what the rules across notices read crosses threads and goes into the data cache.
  const keep = todo.length > 0 ? await workspaceKeys(req.options) : undefined;
  if (workers.parallel(todo.length, PARALLEL_CHECKS)) {
    await Promise.all(
      todo.map(async (i) => {
        const slot = emit ? workers.slot() : undefined;
        const task: WorkerTask = { kind: 'check', file: i.file, text: i.source!, options: checkOptions, ...(keep ? { keep } : {}), ...(emit ? { emit, pack: true } : {}), ...(i.light ? { light: true } : {}), ...(slot ? { stage: slot.dir } : {}) };
        finish(i, await workers.run(task), slot?.key);
      }),
    );
  } else if (todo.length > 0) {
    // Loaded only when something must be checked: a re-check from the cache never loads the rules.
    const { runTask } = await import('./task.js');
    const heavy = (emit?.formats ?? []).some((f) => emitterEntry(f)?.heavy);
    for (const i of todo) finish(i, await runTask({ kind: 'check', file: i.file, text: i.source!, options: checkOptions, ...(keep ? { keep } : {}), ...(emit ? { emit } : {}), ...(i.light ? { light: true } : {}) }, heavy));
  }
}

/**
 * The top-level keys the rules across notices read (and `suppressions`, which they honour): all
 * that checks on worker threads need to send back. Undefined when a rule does not say: send all.
 */
async function workspaceKeys(options: NoticeOptions): Promise<string[] | undefined> {
  const [{ appliedRules }, { selectRuleset }] = await Promise.all([import('../rules/rulesets.js'), import('../rules/select-ruleset.js')]);
  const rules = appliedRules(selectRuleset(options.evaluation).ruleset).filter((a) => a.rule.checkWorkspace);
  if (rules.some((a) => !a.rule.needs)) return undefined;
  return [...new Set(['suppressions', ...rules.flatMap((a) => a.rule.needs ?? [])])].sort();
}

/** The data the rules across notices read: fresh from phase 1 (packed or not), from the cache, or parsed again. */
async function dataOf(i: Item, cache: RunCache | undefined): Promise<Notice> {
  if (i.packed && i.check && !i.check.notice) {
    i.check.notice = unpackData<Notice>(i.packed);
    cache?.setData(i.key!, i.check.notice);
  }
  i.packed = undefined;
  const data = i.check?.notice ?? cache?.getData(i.key!) ?? ((await import('yaml')).parse(textOf(i)!) as Notice);
  if (i.check) i.check.notice = data;
  return data;
}

async function workspacePhase(items: Item[], req: RunRequest, checkSalt: string): Promise<void> {
  const valid = items.filter((i) => i.check?.schemaValid && i.source !== undefined);
  if (valid.length === 0) return;
  const key = digest([checkSalt, ...valid.map((i) => i.key!)]);
  let found = req.cache?.getWorkspace(key);
  // Findings from the cache: packed data still goes into the data cache, for later runs.
  if (found && req.cache) for (const i of valid) if (i.packed) await dataOf(i, req.cache);
  if (!found) {
    const overrides = req.options.rules;
    const { workspaceFindings } = await import('./workspace-pass.js');
    // The text is decoded only if a finding across notices needs its position.
    const data = await Promise.all(valid.map(async (i) => ({ file: i.file, source: { get text(): string { return textOf(i)!; } }, notice: await dataOf(i, req.cache) })));
    found = workspaceFindings(data, { lang: req.options.lang, evaluation: req.options.evaluation, ...(overrides ? { overrides } : {}) });
    req.cache?.setWorkspace(key, found);
  }
  const byFile = new Map(valid.map((i) => [i.file, i]));
  for (const d of found) byFile.get(d.file)?.workspace.push(d);
}

async function compilePhase(items: Item[], req: RunRequest, workers: Workers, emitSalt: string): Promise<void> {
  const emit = req.options.emit!;
  const { cache, options } = req;
  const todo: { item: Item; id: string; draft: boolean }[] = [];
  for (const i of items) {
    if (!i.check?.schemaValid || !i.check.meta) {
      i.status = 'failed';
      continue;
    }
    const id = i.check.meta.id;
    if (!isSafeId(id)) {
      i.status = 'failed';
      i.emitted = { diagnostics: positionEmitted([makeDiagnostic('BUILD-UNSAFE-ID', options.lang, { id: String(id) }, { file: i.file, pointer: '/id' })], textOf(i)), outputs: [], cached: false };
      continue;
    }
    const errors = hasErrors([...i.check.diagnostics, ...i.workspace]);
    if (errors && !emit.allowErrors) {
      i.status = 'failed';
      continue;
    }
    i.emitKey = digest([emitSalt, i.key!, errors ? 'draft' : 'final']);
    const spec = i.speculative;
    if (spec && spec.draft === errors) {
      // Compiled with the check, and the rules across notices did not change the verdict.
      i.status = spec.failed ? 'failed' : errors ? 'draft' : 'built';
      i.emitted = { diagnostics: spec.diagnostics, outputs: spec.outputs, cached: false };
      cache?.setEmit(i.emitKey, { status: i.status, diagnostics: spec.diagnostics, outputs: spec.outputs.map((o) => ({ path: o.path, size: o.size, sha256: o.sha256 })) });
      continue;
    }
    const hit = cache?.getEmit(i.emitKey);
    if (hit && (hit.status === 'failed' || req.stillPublished?.(id, hit))) {
      i.status = hit.status;
      i.emitted = { diagnostics: hit.diagnostics, outputs: hit.outputs, cached: true };
      continue;
    }
    todo.push({ item: i, id, draft: errors });
  }
  let done = 0;
  req.onProgress?.('compile', done, todo.length);
  const finish = (t: (typeof todo)[number], r: TaskEmitted, slot?: string) => {
    const i = t.item;
    const staged = stage(req, i, t.id, t.draft, r, slot);
    i.status = staged.failed ? 'failed' : t.draft ? 'draft' : 'built';
    i.emitted = { diagnostics: staged.diagnostics, outputs: staged.outputs, cached: false };
    cache?.setEmit(i.emitKey!, { status: i.status, diagnostics: staged.diagnostics, outputs: staged.outputs.map((o) => ({ path: o.path, size: o.size, sha256: o.sha256 })) });
    req.onProgress?.('compile', ++done, todo.length);
  };
  const heavy = emit.formats.some((f) => emitterEntry(f)?.heavy);
  if (workers.parallel(todo.length, PARALLEL_COMPILES)) {
    await Promise.all(
      todo.map(async (t) => {
        const slot = workers.slot();
        const r = await workers.run({ kind: 'emit', file: t.item.file, text: t.item.source!, emit, draft: t.draft, lang: options.lang, ...(slot ? { stage: slot.dir } : {}) });
        finish(t, r.result as TaskEmitted, slot?.key);
      }),
    );
    return;
  }
  if (todo.length === 0) return;
  // Same code and warm-up as on a worker: PDF bytes must not depend on which thread rendered them.
  const { runTask } = await import('./task.js');
  for (const t of todo) finish(t, (await runTask({ kind: 'emit', file: t.item.file, text: t.item.source!, emit, draft: t.draft, lang: options.lang }, heavy)).result as TaskEmitted);
}

/**
 * Hands a compile's files to the build (which stages them on disk, unless a worker already wrote
 * them into the task's staging folder `slot`) and keeps only their hashes: memory stays flat
 * however many notices. A staged compile the final verdict does not use is simply never planned.
 * The compile's findings get their place in the source.
 */
function stage(req: RunRequest, i: Item, id: string, draft: boolean, r: TaskEmitted, slot: string | undefined): NonNullable<Item['speculative']> {
  const diagnostics = r.diagnostics.length > 0 ? positionEmitted(r.diagnostics, textOf(i)) : [];
  if ('staged' in r) {
    if (!r.failed) req.onStaged?.(i.file, id, slot!);
    return { draft, failed: r.failed, diagnostics, outputs: r.outputs };
  }
  if (!r.failed) req.onEmitted?.(i.file, id, r.outputs);
  const outputs = req.onEmitted ? r.outputs.map(({ contents: _bytes, ...meta }) => meta) : r.outputs;
  return { draft, failed: r.failed, diagnostics, outputs };
}

/** A source's text, decoded from its bytes the first time it is needed. */
function textOf(i: Item): string | undefined {
  if (i.source instanceof Uint8Array) i.source = decodeText(i.source);
  return i.source;
}

function toRun(i: Item, options: NoticeOptions): NoticeRun {
  if (i.readError) {
    const code = i.readError.reason === 'encoding' ? 'IO-ENCODING' : 'IO-READ';
    const d = makeDiagnostic(code, options.lang, { detail: i.readError.detail }, { file: i.file });
    return { file: i.file, result: { diagnostics: [d], status: 'failed', schemaValid: false }, cached: false, ioError: true };
  }
  const c = i.check!;
  const diagnostics = sortDiagnostics([...c.diagnostics, ...i.workspace, ...(i.emitted?.diagnostics ?? [])]);
  const result: ProcessedNotice = {
    diagnostics,
    status: options.emit ? (i.status ?? 'failed') : 'checked',
    schemaValid: c.schemaValid,
    ...(c.ruleset ? { ruleset: c.ruleset } : {}),
    ...(c.meta ? { meta: c.meta } : {}),
    ...(i.emitted && i.emitted.outputs.length > 0 ? { outputs: i.emitted.outputs } : {}),
  };
  const cached = i.cachedCheck && (!options.emit || i.emitted?.cached !== false);
  return {
    file: i.file,
    // A getter: a re-check answered from the cache never decodes the text unless a reporter reads it.
    get text(): string | undefined {
      return textOf(i);
    },
    ...(i.contentSha256 ? { sha256: i.contentSha256 } : {}),
    key: i.key,
    result,
    cached,
    ioError: false,
  };
}

/** A JSON text with sorted keys at every level: option objects hash the same whatever their key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

interface Queued {
  task: WorkerTask;
  resolve: (r: WorkerResult) => void;
  reject: (e: unknown) => void;
}

/**
 * Where the runner's tasks run when a phase has enough of them: jobs threads pulling from one
 * queue. A check uses the main thread and jobs-1 worker threads: the main thread would otherwise
 * sit idle, and every worker thread costs a second copy of the modules, the compiled validator and
 * the JIT's warm-up. A build uses jobs worker threads and keeps the main thread for the results:
 * a compiling thread's heap grows with what it allocates (about 12 MB per notice), and on the main
 * thread, whose heap V8 lets grow to several GB, it grew to 150–340 MB beside every result it
 * holds; on a worker, a ceiling keeps it near 80 MB (WORKER_OLD_SPACE_MB).
 */
class Workers {
  private pool?: Tinypool;
  private readonly size: number;
  private readonly queue: Queued[] = [];
  private busyWorkers = 0;
  private inlineBusy = false;
  private readonly heavy: boolean;
  /** Whether the main thread takes tasks too (a check), or only worker threads do (a build). */
  private readonly inline: boolean;
  private readonly threads: number;

  constructor(
    private readonly req: RunRequest,
    options: NoticeOptions,
  ) {
    this.size = req.jobs ?? availableParallelism();
    this.heavy = (options.emit?.formats ?? []).some((f) => emitterEntry(f)?.heavy);
    this.inline = !options.emit;
    this.threads = this.inline ? this.size - 1 : this.size;
  }

  /** A build's staging folder for one compile on a worker thread (none on the main thread, or without `stage`). */
  slot(): { key: string; dir: string } | undefined {
    return this.inline ? undefined : this.req.stage?.slot();
  }

  /** Whether to run this many tasks in parallel (an explicit --jobs always wins). */
  parallel(tasks: number, threshold: number): boolean {
    if (this.size <= 1 || tasks <= 1) return false;
    return this.pool !== undefined || this.req.jobs !== undefined || tasks >= threshold;
  }

  run(task: WorkerTask): Promise<WorkerResult> {
    // tinypool (no dependencies, Node 20 and 22+) rather than our own pool: a worker that crashes
    // fails its tasks and is replaced; each worker holds two tasks so it never waits for us.
    const stageWriter = this.inline ? undefined : this.req.stage?.writer;
    this.pool ??= new Tinypool({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: this.threads,
      maxThreads: this.threads,
      concurrentTasksPerWorker: 2,
      isolateWorkers: false,
      workerData: { warmPdf: this.heavy, ...(stageWriter ? { stageWriter } : {}) } satisfies WorkerInit,
      ...(this.inline ? {} : { resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } }),
    });
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    // Two tasks per worker in flight: it starts the next while the main thread is busy with its own.
    while (this.pool && this.busyWorkers < 2 * this.threads && this.queue.length > 0) {
      const q = this.queue.shift()!;
      this.busyWorkers++;
      (this.pool.run(q.task) as Promise<WorkerResult>).then(
        (r) => q.resolve(r),
        (e: unknown) => q.reject(e),
      ).finally(() => {
        this.busyWorkers--;
        this.pump();
      });
    }
    if (this.inline && !this.inlineBusy && this.queue.length > 0) {
      const q = this.queue.shift()!;
      this.inlineBusy = true;
      // Yield first, so replies from the workers are handled between two tasks of the main thread.
      setImmediate(() => {
        import('./task.js')
          .then(({ runTask }) => runTask(q.task, this.heavy))
          .then((r) => q.resolve(r), (e: unknown) => q.reject(e))
          .finally(() => {
            this.inlineBusy = false;
            this.pump();
          });
      });
    }
  }

  /** Stops the worker threads; a later task starts new ones. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }
}
