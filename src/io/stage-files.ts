import { closeSync, linkSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { StagedFile } from '../pipeline/protocol.js';

/** Writes a whole file (created or truncated) with the given bytes or UTF-8 text. */
export function writeWhole(path: string, contents: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    const bytes = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
  } finally {
    closeSync(fd);
  }
}

/** Creates `dir` itself (its parent must exist), then the folders of `rel` below it, one level at a time. */
function makeDirs(dir: string, rel: string, made: Set<string>): string {
  let at = dir;
  for (const seg of ['', ...rel.split('/').slice(0, -1)]) {
    at = seg ? join(at, seg) : at;
    if (made.has(at)) continue;
    try {
      mkdirSync(at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    made.add(at);
  }
  return at;
}

/**
 * Writes one compiled notice's files into `dir`, a new folder of the build's staging area (see
 * BundleWriter.slot). Worker threads call it (the runner loads this module by URL: the only writer
 * stays in io/), so a compile's bytes never cross threads. Folders are created below `dir` only,
 * never recursively from the root: once an interrupted build has removed its temporary folder,
 * a worker still finishing a notice cannot bring it back. `firstBySha` (one per thread) remembers
 * the first file written with each hash; identical files (the web fonts of every notice) become
 * hard links to it.
 */
export function writeStagedFiles(dir: string, files: readonly StagedFile[], firstBySha: Map<string, string>): void {
  const made = new Set<string>();
  for (const f of files) {
    makeDirs(dir, f.path, made);
    const target = join(dir, f.path);
    const first = firstBySha.get(f.sha256);
    if (first) {
      try {
        linkSync(first, target);
        continue;
      } catch {
        // moved, or another device: write our own copy
      }
    }
    writeWhole(target, f.contents);
    firstBySha.set(f.sha256, target);
  }
}
