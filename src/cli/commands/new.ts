import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isSafeId } from '../../pipeline/safe-id.js';
import { loadConfig } from '../../config/load-config.js';
import { UsageError } from '../../errors.js';
import { writeNewFiles } from '../../io/scaffold.js';
import { PACKAGE_ROOT } from '../../schema/load-schema.js';
import type { CliIo } from '../io-context.js';

export interface NewFlags {
  dir?: string;
  config?: string;
}

/** The folder new notices go to: --dir, else the config's first plain `notices` folder, else notices/. */
async function noticesFolder(flags: NewFlags, io: CliIo): Promise<string> {
  if (flags.dir) return resolve(io.cwd, flags.dir);
  const config = await loadConfig({ cwd: io.cwd, explicitFile: flags.config });
  const plain = config.notices.find((n) => !/[*?[\]{}!]/.test(n) && !/\.ya?ml$/i.test(n));
  return resolve(config.noticesBase, plain ?? 'notices');
}

/** `notice new <id>`: a notice skeleton with every required section. Never overwrites. */
export async function runNew(id: string, flags: NewFlags, io: CliIo): Promise<number> {
  if (!isSafeId(id)) {
    throw new UsageError(`El identificador «${id}» no es válido: use minúsculas, números y guiones, p. ej. «consulta-nss» (será el nombre de una carpeta).`);
  }
  const folder = await noticesFolder(flags, io);
  const month = new Date().toISOString().slice(0, 7);
  const text = readFileSync(new URL('templates/init/new-notice.yaml', PACKAGE_ROOT), 'utf8').replaceAll('__ID__', id).replaceAll('__UPDATED__', month);
  const [written] = writeNewFiles(folder, [{ path: `${id}.yaml`, contents: text }], io.cwd);
  io.stderr(`notice new: se creó «${written}». Complete las secciones marcadas «POR COMPLETAR» y revíselo con notice check.\n`);
  return 0;
}
