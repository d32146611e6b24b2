import Tinypool from 'tinypool';
import type { WorkerInit, WorkerResult, WorkerTask } from './protocol.js';
import { runTask, warmUp } from './task.js';

// A worker thread of the runner (tinypool loads this module): checks (phase 1) and compiles
// (phase 3) whole notices. PDF fonts are warmed once, as the thread starts; checks do not wait.
const init = (Tinypool.workerData ?? { warmPdf: false }) as WorkerInit;
if (init.warmPdf) void warmUp();

export default function handle(task: WorkerTask): Promise<WorkerResult> {
  return runTask(task, init.warmPdf);
}
