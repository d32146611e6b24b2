import type { Notice } from '../model/notice.js';
import { parseYaml } from '../source/parse-yaml.js';
import { hasErrors } from '../diagnostics/collect.js';
import { checkNotice } from './check-notice.js';
import { emitNotice, type EmittedNotice } from './emit-notice.js';
import { packData } from './pack.js';
import { decodeText, type StageWriter, type TaskEmitted, type WorkerResult, type WorkerTask } from './protocol.js';
import { isSafeId } from './safe-id.js';
import { warmEmitters } from './warm.js';

let warm: Promise<void> | undefined;

/** A worker's way to write a task's files into its `stage` folder (absent on the main thread). */
export interface Stager {
  write: StageWriter;
  firstBySha: Map<string, string>;
}

/**
 * One task of the runner, wherever it runs (a worker thread or the main thread): the same code and
 * the same PDF warm-up, so outputs never depend on which thread produced them.
 */
export async function runTask(task: WorkerTask, warmPdf: boolean, stager?: Stager): Promise<WorkerResult> {
  if (task.kind === 'check') {
    const { full, ...result } = checkNotice(task.file, decodeText(task.text), task.options, task.keep, task.light);
    // Packed, the data stays small on the main thread until the rules across notices read it.
    const { notice, ...rest } = result;
    const checked = task.pack && notice ? { kind: 'check' as const, result: rest, data: packData(notice) } : { kind: 'check' as const, result };
    // A build compiles what its own findings allow while the notice is parsed: no second parse.
    const emit = task.emit;
    if (!emit || !full || !result.meta || !isSafeId(result.meta.id)) return checked;
    const draft = hasErrors(result.diagnostics);
    if (draft && !emit.allowErrors) return checked;
    if (warmPdf) await (warm ??= warmEmitters());
    return { ...checked, emitted: { draft, result: staged(task.stage, await emitNotice(task.file, full, emit, draft, task.options.lang), stager) } };
  }
  if (warmPdf) await (warm ??= warmEmitters());
  const notice = parseYaml(task.file, decodeText(task.text), task.lang).data as Notice;
  return { kind: 'emit', result: staged(task.stage, await emitNotice(task.file, notice, task.emit, task.draft, task.lang), stager) };
}

/** Writes a compile's files into the task's staging folder, when it has one and this thread can write there. */
function staged(dir: string | undefined, r: EmittedNotice, stager: Stager | undefined): TaskEmitted {
  if (dir === undefined || !stager || r.failed) return r;
  stager.write(dir, r.outputs, stager.firstBySha);
  return { staged: true, outputs: r.outputs.map(({ contents: _bytes, ...meta }) => meta), diagnostics: r.diagnostics, failed: r.failed };
}

/** Starts the PDF warm-up early (a worker does it before its first compile). */
export function warmUp(): Promise<void> {
  return (warm ??= warmEmitters());
}
