import { resolve } from 'node:path';
import type { RunSource } from '../pipeline/types.js';
import { workspacePath } from './find-notices.js';
import { readHashedTextSync } from './read-text.js';

/** Reads notice files for the runner; unreadable ones become sources with a read error. */
export function readSources(absFiles: readonly string[], cwd: string): RunSource[] {
  return absFiles.map((a) => {
    const abs = resolve(cwd, a);
    const file = workspacePath(cwd, abs);
    const r = readHashedTextSync(abs);
    return r.ok ? { file, text: r.text, sha256: r.sha256 } : { file, readError: { reason: r.reason, detail: r.detail } };
  });
}
