import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSafeId } from '../../pipeline/safe-id.js';
import { loadConfig } from '../../config/load-config.js';
import type { Lang } from '../../diagnostics/diagnostic.js';
import { UsageError } from '../../errors.js';
import { writeNewFiles } from '../../io/scaffold.js';
import { PACKAGE_ROOT } from '../../schema/load-schema.js';
import type { CliIo } from '../io-context.js';
import { translator } from '../lang.js';

export interface NewFlags {
  dir?: string;
  config?: string;
}

/** The folder new notices go to: --dir, else the config's first plain `notices` folder, else notices/. */
async function noticesFolder(flags: NewFlags, io: CliIo, lang: Lang): Promise<string> {
  if (flags.dir) return resolve(io.cwd, flags.dir);
  const config = await loadConfig({ cwd: io.cwd, explicitFile: flags.config, lang });
  const plain = config.notices.find((n) => !/[*?[\]{}!]/.test(n) && !/\.ya?ml$/i.test(n));
  return resolve(config.noticesBase, plain ?? 'notices');
}

const SCHEMA_IN_PACKAGE = join('node_modules', 'notice-avisos', 'schemas', 'notice.schema.json');

/**
 * Where the notice schema is, as the modeline of a file in `folder` should name it: the copy in
 * the nearest node_modules/notice-avisos (what `npm ci` installs, so the path works for everyone
 * who clones the workspace), else the schema of the running notice (a global install or this
 * repository). Relative when the two share a root, so editors resolve it offline.
 */
export function schemaPathFor(folder: string): string {
  let dir = folder;
  for (;;) {
    const candidate = join(dir, SCHEMA_IN_PACKAGE);
    if (existsSync(candidate)) return relative(folder, candidate).split(sep).join('/');
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const own = fileURLToPath(new URL('schemas/notice.schema.json', PACKAGE_ROOT));
  const rel = relative(folder, own);
  return rel.startsWith('..' + sep + '..' + sep + '..') || rel === own ? own.split(sep).join('/') : rel.split(sep).join('/');
}

/** `notice new <id>`: a notice skeleton with every required section and a `$schema` modeline. Never overwrites. */
export async function runNew(id: string, flags: NewFlags, io: CliIo, lang: Lang = 'es'): Promise<number> {
  const t = translator(lang);
  if (!isSafeId(id)) {
    throw new UsageError(`El identificador «${id}» no es válido: use minúsculas, números y guiones, p. ej. «consulta-nss» (será el nombre de una carpeta).`, {
      en: `The id "${id}" is not valid: use lower case, digits and hyphens, e.g. "consulta-nss" (it becomes a folder name).`,
    });
  }
  const folder = await noticesFolder(flags, io, lang);
  const body = readFileSync(new URL('templates/init/new-notice.yaml', PACKAGE_ROOT), 'utf8').replaceAll('__ID__', id);
  const text = `# yaml-language-server: $schema=${schemaPathFor(folder)}\n${body}`;
  const [written] = writeNewFiles(folder, [{ path: `${id}.yaml`, contents: text }], io.cwd);
  io.stderr(t(`notice new: se creó «${written}». Complete las secciones marcadas «POR COMPLETAR» y revíselo con notice check.\n`, `notice new: created "${written}". Fill in the sections marked "POR COMPLETAR" and check it with notice check.\n`));
  return 0;
}
