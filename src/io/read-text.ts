import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: 'read' | 'encoding'; detail: string };

/**
 * Valid UTF-8, without a byte-order mark. Invalid bytes decode to U+FFFD, so only a text holding
 * one is validated byte by byte (natively): most files are decoded in a single pass.
 */
function decode(bytes: Buffer): ReadResult {
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') && !isUtf8(bytes)) return { ok: false, reason: 'encoding', detail: 'utf-8' };
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function failure(e: unknown): ReadResult {
  const err = e as NodeJS.ErrnoException;
  return { ok: false, reason: 'read', detail: err.code === 'EISDIR' ? 'es una carpeta' : err.code ?? err.message };
}

/** Reads a UTF-8 text file; failures are returned, not thrown, so they can become diagnostics. */
export async function readText(path: string): Promise<ReadResult> {
  try {
    return decode(await readFile(path));
  } catch (e) {
    return failure(e);
  }
}

/**
 * The same, synchronously: for many small notice files one blocking read each is several times
 * cheaper than the thread-pool round trips of fs/promises (measured on 1,000 notices).
 */
export function readTextSync(path: string): ReadResult {
  try {
    return decode(readFileSync(path));
  } catch (e) {
    return failure(e);
  }
}
