import type { Notice } from '../model/notice.js';
import { parseYaml } from '../source/parse-yaml.js';
import { hasErrors } from '../diagnostics/collect.js';
import { checkNotice } from './check-notice.js';
import { emitNotice } from './emit-notice.js';
import type { WorkerResult, WorkerTask } from './protocol.js';
import { isSafeId } from './safe-id.js';
import { warmEmitters } from './warm.js';

let warm: Promise<void> | undefined;

/**
 * One task of the runner, wherever it runs (a worker thread or the main thread): the same code and
 * the same PDF warm-up, so outputs never depend on which thread produced them.
 */
export async function runTask(task: WorkerTask, warmPdf: boolean): Promise<WorkerResult> {
  if (task.kind === 'check') {
    const { full, ...result } = checkNotice(task.file, task.text, task.options, task.keep, task.light);
    // A build compiles what its own findings allow while the notice is parsed: no second parse.
    const emit = task.emit;
    if (!emit || !full || !result.meta || !isSafeId(result.meta.id)) return { kind: 'check', result };
    const draft = hasErrors(result.diagnostics);
    if (draft && !emit.allowErrors) return { kind: 'check', result };
    if (warmPdf) await (warm ??= warmEmitters());
    return { kind: 'check', result, emitted: { draft, result: await emitNotice(task.file, full, emit, draft, task.options.lang) } };
  }
  if (warmPdf) await (warm ??= warmEmitters());
  const notice = parseYaml(task.file, task.text, task.lang).data as Notice;
  return { kind: 'emit', result: await emitNotice(task.file, notice, task.emit, task.draft, task.lang) };
}

/** Starts the PDF warm-up early (a worker does it before its first compile). */
export function warmUp(): Promise<void> {
  return (warm ??= warmEmitters());
}
