import { resolve } from 'node:path';
import type { RunSource } from '../pipeline/types.js';
import { workspacePath } from './find-notices.js';
import { readText } from './read-text.js';

/** Reads notice files for the runner; unreadable ones become sources with a read error. */
export async function readSources(absFiles: readonly string[], cwd: string): Promise<RunSource[]> {
  const reads = await Promise.all(absFiles.map((a) => readText(resolve(cwd, a))));
  return absFiles.map((a, i) => {
    const file = workspacePath(cwd, resolve(cwd, a));
    const r = reads[i]!;
    return r.ok ? { file, text: r.text } : { file, readError: { reason: r.reason, detail: r.detail } };
  });
}
