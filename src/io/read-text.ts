import { isUtf8 } from 'node:buffer';
import { sha256 } from '../util/hash.js';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: 'read' | 'encoding'; detail: string };

/** A read text with the SHA-256 of its UTF-8 bytes (byte-order mark excluded): the same as hashing the text. */
export type HashedRead = { ok: true; text: string; sha256: string } | { ok: false; reason: 'read' | 'encoding'; detail: string };

/**
 * Valid UTF-8, without a byte-order mark. Invalid bytes decode to U+FFFD, so only a text holding
 * one is validated byte by byte (natively): most files are decoded in a single pass.
 */
function decode(bytes: Buffer): ReadResult {
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') && !isUtf8(bytes)) return { ok: false, reason: 'encoding', detail: 'utf-8' };
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

function failure(e: unknown): Extract<ReadResult, { ok: false }> {
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

/** Read bytes that are valid UTF-8, byte-order mark removed, with their SHA-256 (the text's). */
export type HashedBytes = { ok: true; bytes: Buffer; sha256: string } | { ok: false; reason: 'read' | 'encoding'; detail: string };

/** Like readHashedTextSync, without decoding: the caller decodes only what it needs. */
export function readHashedBytesSync(path: string): HashedBytes {
  try {
    const read = readFileSync(path);
    if (!isUtf8(read)) return { ok: false, reason: 'encoding', detail: 'utf-8' };
    const bytes = read[0] === 0xef && read[1] === 0xbb && read[2] === 0xbf ? read.subarray(3) : read;
    return { ok: true, bytes, sha256: sha256(bytes) };
  } catch (e) {
    return failure(e);
  }
}

/**
 * The same, synchronously, with the hash of the bytes read: for many small notice files one
 * blocking read each is several times cheaper than the thread-pool round trips of fs/promises
 * (measured on 1,000 notices). Valid UTF-8 decodes and re-encodes to the same bytes, so the hash
 * equals sha256(text); hashing the bytes skips re-encoding 20 MB of text on a re-check.
 */
export function readHashedTextSync(path: string): HashedRead {
  const r = readHashedBytesSync(path);
  return r.ok ? { ok: true, text: r.bytes.toString('utf8'), sha256: r.sha256 } : r;
}
