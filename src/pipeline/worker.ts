import { parentPort, workerData } from 'node:worker_threads';
import { checkNotice } from './check-notice.js';
import { emitNotice } from './emit-notice.js';
import type { WorkerInit, WorkerResult, WorkerTask } from './protocol.js';
import { warmEmitters } from './warm.js';
import type { Notice } from '../model/notice.js';
import { parseYaml } from '../source/parse-yaml.js';

// One worker per core: parses, validates and lints whole notices (phase 1) and renders them
// (phase 3), so every stage uses every core. PDF fonts are warmed once per worker, before the
// first compile; checks do not wait for it.
const init = workerData as WorkerInit;
const ready = init.warmPdf ? warmEmitters() : Promise.resolve();

async function handle(task: WorkerTask): Promise<{ result: WorkerResult; transfer: ArrayBuffer[] }> {
  if (task.kind === 'check') return { result: { kind: 'check', result: checkNotice(task.file, task.text, task.options, task.keep) }, transfer: [] };
  await ready;
  const notice = parseYaml(task.file, task.text, task.lang).data as Notice;
  const r = await emitNotice(task.file, notice, task.emit, task.draft, task.lang);
  const transfer: ArrayBuffer[] = [];
  const outputs = r.outputs.map((o) => {
    if (typeof o.contents === 'string') return o;
    // Copy pooled or shared buffers so the transfer detaches only memory we own.
    const own = new Uint8Array(o.contents);
    transfer.push(own.buffer as ArrayBuffer);
    return { ...o, contents: own };
  });
  return { result: { kind: 'emit', result: { ...r, outputs } }, transfer };
}

parentPort?.on('message', (msg: { id: number; payload: WorkerTask }) => {
  handle(msg.payload).then(
    ({ result, transfer }) => parentPort?.postMessage({ id: msg.id, ok: true, result }, transfer),
    (e: unknown) => parentPort?.postMessage({ id: msg.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
