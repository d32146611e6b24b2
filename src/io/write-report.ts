import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Writes a report (or baseline) atomically: a temporary file in the same folder, then rename, so a
 * reader (or a killed run) never sees half a file and a previous report stays intact on failure.
 * Failures become a UsageError (exit code 2) naming the file.
 */
export async function writeFileAtomic(cwd: string, file: string, contents: string): Promise<void> {
  const target = resolve(cwd, file);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(tmp, contents, 'utf8');
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(`No se pudo escribir «${file}»: ${err.code ?? err.message}.`, { en: `Could not write "${file}": ${err.code ?? err.message}.` });
  }
}
