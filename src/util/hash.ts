import { createHash } from 'node:crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Hash of several parts, unambiguous: each part is length-prefixed. */
export function digest(parts: readonly (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    // Strings are hashed as UTF-8 without an intermediate copy.
    if (typeof p === 'string') h.update(`${Buffer.byteLength(p, 'utf8')}:`).update(p, 'utf8');
    else h.update(`${p.length}:`).update(p);
  }
  return h.digest('hex');
}
