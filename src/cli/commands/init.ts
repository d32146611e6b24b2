import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../schema/load-schema.js';
import { writeNewFiles } from '../../io/scaffold.js';
import type { CliIo } from '../io-context.js';

const template = (name: string) => readFileSync(new URL(`templates/init/${name}`, PACKAGE_ROOT), 'utf8');

/** `notice init [dir]`: config, one commented example notice, a CI workflow. Never overwrites. */
export async function runInit(dir: string | undefined, io: CliIo): Promise<number> {
  const target = resolve(io.cwd, dir ?? '.');
  const written = writeNewFiles(
    target,
    [
      { path: 'notice.config.yaml', contents: template('notice.config.yaml') },
      { path: 'notices/atencion-ciudadana.yaml', contents: template('notices/atencion-ciudadana.yaml') },
      { path: '.github/workflows/avisos.yml', contents: template('github/avisos.yml') },
    ],
    io.cwd,
  );
  io.stderr(`notice init: se crearon ${written.map((w) => `«${w}»`).join(', ')}.\nSiguiente paso: notice check && notice build\n`);
  return 0;
}
