import { parentPort, workerData } from 'node:worker_threads';
import { checkOne } from '../../compile/check-one.js';
import { compileNotice } from '../../compile/compile-notice.js';
import { hashOutputs } from '../../compile/hash-outputs.js';
import { warmEmitters } from '../warm.js';
import type { WorkerInit, WorkerResult, WorkerTask } from './protocol.js';

// One worker per core: parses, validates, lints and renders whole notices, so every stage uses
// every core. Fonts are warmed once per worker, before the first task.
const init = workerData as WorkerInit;
const ready = init.warmPdf ? warmEmitters() : Promise.resolve();

async function handle(task: WorkerTask): Promise<{ result: WorkerResult; transfer: ArrayBuffer[] }> {
  if (task.kind === 'check') return { result: { kind: 'check', diagnostics: checkOne(task.file, task.text, task.options) }, transfer: [] };
  await ready;
  const r = await compileNotice(task.file, task.text, task.options);
  const transfer: ArrayBuffer[] = [];
  const outputs = hashOutputs(r.outputs).map((o) => {
    if (typeof o.contents === 'string') return o;
    // Copy pooled or shared buffers so the transfer detaches only memory we own.
    const own = new Uint8Array(o.contents);
    transfer.push(own.buffer as ArrayBuffer);
    return { ...o, contents: own };
  });
  return { result: { kind: 'compile', result: { ...r, outputs } }, transfer };
}

parentPort?.on('message', (msg: { id: number; payload: WorkerTask }) => {
  handle(msg.payload).then(
    ({ result, transfer }) => parentPort?.postMessage({ id: msg.id, ok: true, result }, transfer),
    (e: unknown) => parentPort?.postMessage({ id: msg.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
