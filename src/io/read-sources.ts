import { resolve } from 'node:path';
import type { RunSource } from '../pipeline/types.js';
import { workspacePath } from './find-notices.js';
import { readHashedBytesSync, readHashedTextSync } from './read-text.js';

/**
 * Reads notice files for the runner; unreadable ones become sources with a read error. `bytes`:
 * valid UTF-8 left undecoded (a build: the runner decodes each text where it needs it).
 */
export function readSources(absFiles: readonly string[], cwd: string, as: 'text' | 'bytes' = 'text'): RunSource[] {
  return absFiles.map((a) => {
    const abs = resolve(cwd, a);
    const file = workspacePath(cwd, abs);
    if (as === 'bytes') {
      const b = readHashedBytesSync(abs);
      return b.ok ? { file, bytes: b.bytes, sha256: b.sha256 } : { file, readError: { reason: b.reason, detail: b.detail } };
    }
    const r = readHashedTextSync(abs);
    return r.ok ? { file, text: r.text, sha256: r.sha256 } : { file, readError: { reason: r.reason, detail: r.detail } };
  });
}
