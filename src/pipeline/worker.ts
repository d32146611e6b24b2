import Tinypool from 'tinypool';
import type { StageWriter, WorkerInit, WorkerResult, WorkerTask } from './protocol.js';
import { runTask, warmUp, type Stager } from './task.js';

// A worker thread of the runner (tinypool loads this module): checks (phase 1) and compiles
// (phase 3) whole notices. PDF fonts are warmed once, as the thread starts; checks do not wait.
const init = (Tinypool.workerData ?? { warmPdf: false }) as WorkerInit;
if (init.warmPdf) void warmUp();
// In a build, the thread writes its compiles' files itself, with the writer io/ gives it.
const stager: Stager | undefined = init.stageWriter ? { write: ((await import(init.stageWriter)) as { writeStagedFiles: StageWriter }).writeStagedFiles, firstBySha: new Map() } : undefined;

export default function handle(task: WorkerTask): Promise<WorkerResult> {
  return runTask(task, init.warmPdf, stager);
}
