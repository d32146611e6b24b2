import { resolve } from 'node:path';
import type { RunSource } from '../pipeline/types.js';
import { workspacePath } from './find-notices.js';
import { readHashedLazySync } from './read-text.js';

/**
 * Reads notice files for the runner; unreadable ones become sources with a read error. A source's
 * text is decoded when first read (the runner reads it only for notices it checks or reports).
 */
export function readSources(absFiles: readonly string[], cwd: string): RunSource[] {
  return absFiles.map((a) => {
    const abs = resolve(cwd, a);
    const file = workspacePath(cwd, abs);
    const r = readHashedLazySync(abs);
    if (!r.ok) return { file, readError: { reason: r.reason, detail: r.detail } };
    return { file, sha256: r.sha256, get text(): string { return r.text; } };
  });
}
