import type { Notice } from '../model/notice.js';
import { parseYaml } from '../source/parse-yaml.js';
import { checkNotice } from './check-notice.js';
import { emitNotice } from './emit-notice.js';
import type { WorkerResult, WorkerTask } from './protocol.js';
import { warmEmitters } from './warm.js';

let warm: Promise<void> | undefined;

/**
 * One task of the runner, wherever it runs (a worker thread or the main thread): the same code and
 * the same PDF warm-up, so outputs never depend on which thread produced them.
 */
export async function runTask(task: WorkerTask, warmPdf: boolean): Promise<WorkerResult> {
  if (task.kind === 'check') return { kind: 'check', result: checkNotice(task.file, task.text, task.options, task.keep) };
  if (warmPdf) await (warm ??= warmEmitters());
  const notice = parseYaml(task.file, task.text, task.lang).data as Notice;
  return { kind: 'emit', result: await emitNotice(task.file, notice, task.emit, task.draft, task.lang) };
}

/** Starts the PDF warm-up early (a worker does it before its first compile). */
export function warmUp(): Promise<void> {
  return (warm ??= warmEmitters());
}
