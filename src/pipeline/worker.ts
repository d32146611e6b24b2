import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerInit, WorkerResult, WorkerTask } from './protocol.js';
import { runTask, warmUp } from './task.js';

// A worker thread of the runner: checks (phase 1) and compiles (phase 3) whole notices. PDF fonts
// are warmed once, as the thread starts; checks do not wait for it.
const init = workerData as WorkerInit;
if (init.warmPdf) void warmUp();

async function handle(task: WorkerTask): Promise<{ result: WorkerResult; transfer: ArrayBuffer[] }> {
  const result = await runTask(task, init.warmPdf);
  const transfer: ArrayBuffer[] = [];
  if (result.kind === 'emit') {
    result.result.outputs = result.result.outputs.map((o) => {
      if (typeof o.contents === 'string') return o;
      // Copy pooled or shared buffers so the transfer detaches only memory we own.
      const own = new Uint8Array(o.contents);
      transfer.push(own.buffer as ArrayBuffer);
      return { ...o, contents: own };
    });
  }
  return { result, transfer };
}

parentPort?.on('message', (msg: { id: number; payload: WorkerTask }) => {
  handle(msg.payload).then(
    ({ result, transfer }) => parentPort?.postMessage({ id: msg.id, ok: true, result }, transfer),
    (e: unknown) => parentPort?.postMessage({ id: msg.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
