import { readFile } from 'node:fs/promises';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: 'read' | 'encoding'; detail: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a UTF-8 text file; failures are returned, not thrown, so they can become diagnostics. */
export async function readText(path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: 'read', detail: err.code === 'EISDIR' ? 'es una carpeta' : err.code ?? err.message };
  }
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, reason: 'encoding', detail: 'utf-8' };
  }
}
