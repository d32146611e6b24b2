import type { OutputFile } from '../diagnostics/diagnostic.js';
import { sha256 } from '../util/hash.js';

export interface HashedOutput extends OutputFile {
  size: number;
  sha256: string;
}

/** Size and SHA-256 of every output, computed where the output was produced (often a worker). */
export function hashOutputs(outputs: readonly OutputFile[]): HashedOutput[] {
  return outputs.map((o) => {
    const bytes = typeof o.contents === 'string' ? Buffer.from(o.contents, 'utf8') : o.contents;
    return { ...o, size: bytes.byteLength, sha256: sha256(bytes) };
  });
}
