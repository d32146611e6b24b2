import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import { workspacePath } from './find-notices.js';

export interface ScaffoldFile {
  /** Relative to the target folder. */
  path: string;
  contents: string;
}

/**
 * Writes new files only: if any of them already exists, nothing is written and a UsageError
 * (exit code 2) names every file that would have been overwritten.
 */
export function writeNewFiles(target: string, files: readonly ScaffoldFile[], cwd: string): string[] {
  const existing = files.filter((f) => existsSync(join(target, f.path))).map((f) => `«${workspacePath(cwd, join(target, f.path))}»`);
  if (existing.length > 0) {
    throw new UsageError(`No se sobrescribe nada: ya existe${existing.length > 1 ? 'n' : ''} ${existing.join(', ')}. Muévalo${existing.length > 1 ? 's' : ''} o bórrelo${existing.length > 1 ? 's' : ''} primero.`, {
      en: `Nothing is overwritten: ${existing.join(', ')} already exist${existing.length > 1 ? '' : 's'}. Move or delete ${existing.length > 1 ? 'them' : 'it'} first.`,
    });
  }
  const written: string[] = [];
  for (const f of files) {
    const abs = join(target, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.contents, { flag: 'wx' });
    written.push(workspacePath(cwd, abs));
  }
  return written;
}
