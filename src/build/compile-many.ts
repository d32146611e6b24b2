import { availableParallelism } from 'node:os';
import { compileNotice } from '../compile/compile-notice.js';
import { hashOutputs } from '../compile/hash-outputs.js';
import type { CompileOptions } from '../compile/types.js';
import { emitterEntry } from '../emit/registry.js';
import { WorkerPool } from './pool.js';
import { warmEmitters } from './warm.js';
import type { CompiledNotice, WorkerInit, WorkerResult, WorkerTask } from './workers/protocol.js';

export interface CompileJob {
  file: string;
  text: string;
}

/** Below this many notices a worker's start-up (module load, font warm-up) costs more than it saves. */
const PARALLEL_THRESHOLD = 4;

/**
 * Compiles notices, on worker threads (one per core, fonts warmed once each) when there are enough
 * of them; `onResult` is called as each finishes, in completion order.
 */
export async function compileMany(jobs: readonly CompileJob[], options: CompileOptions, onResult: (job: CompileJob, r: CompiledNotice) => void, threads?: number): Promise<void> {
  const heavy = options.formats.some((f) => emitterEntry(f)?.heavy);
  const n = threads ?? (jobs.length >= PARALLEL_THRESHOLD ? availableParallelism() : 1);
  if (n <= 1 || jobs.length <= 1) {
    // Same warm-up as every worker: PDF bytes must not depend on which thread rendered them.
    if (heavy && jobs.length > 0) await warmEmitters();
    for (const job of jobs) {
      const r = await compileNotice(job.file, job.text, options);
      onResult(job, { ...r, outputs: hashOutputs(r.outputs) });
    }
    return;
  }
  const init: WorkerInit = { warmPdf: heavy };
  const pool = new WorkerPool<WorkerTask, WorkerResult>(new URL('./workers/compile-worker.js', import.meta.url), Math.min(n, jobs.length), init);
  try {
    await Promise.all(
      jobs.map(async (job) => {
        const r = await pool.run({ kind: 'compile', file: job.file, text: job.text, options });
        if (r.kind === 'compile') onResult(job, r.result);
      }),
    );
  } finally {
    await pool.close();
  }
}
