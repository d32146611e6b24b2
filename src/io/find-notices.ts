import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../errors.js';

const NOTICE_EXTENSIONS = /\.ya?ml$/i;
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/dist/**'];

/** Workspace-relative path with forward slashes, as every report and output uses. */
export function workspacePath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  const p = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
  return p.split(sep).join('/');
}

function isConfigFile(path: string): boolean {
  return /(^|\/)notice\.config\.ya?ml$/i.test(path);
}

/**
 * Expands files, directories and globs into a sorted, de-duplicated list of absolute paths of
 * notice files. A missing path, a glob that matches nothing and a folder without notices are usage
 * errors (exit code 2), each with a message that names the input. With `allowEmptyFolders` (the
 * config's own `notices:`, not paths typed by the user) an existing folder without notices yet is
 * no error: a workspace fresh from `notice init` checks and builds zero notices.
 */
export async function findNoticeFiles(inputs: readonly string[], cwd: string, o: { allowEmptyFolders?: boolean } = {}): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = await glob(input, { cwd, absolute: true, ignore: IGNORE, onlyFiles: true, expandDirectories: false });
      const notices = matches.filter((m) => NOTICE_EXTENSIONS.test(m) && !isConfigFile(m));
      if (notices.length === 0) throw new UsageError(`El patrón «${input}» no coincide con ningún aviso (*.yaml, *.yml).`, { en: `The pattern "${input}" matches no notice (*.yaml, *.yml).` });
      assertNoLinkOut(notices, resolve(cwd, input.split(/[*?[{]/)[0]!.replace(/[^/]*$/, '') || '.'), input, cwd);
      notices.forEach((m) => found.add(resolve(m)));
      continue;
    }
    const abs = resolve(cwd, input);
    let stats;
    try {
      stats = statSync(abs);
    } catch {
      throw new UsageError(`No existe el archivo o la carpeta «${input}».`, { en: `No such file or folder "${input}".` });
    }
    if (stats.isDirectory()) {
      const matches = await glob('**/*.{yaml,yml}', { cwd: abs, absolute: true, ignore: IGNORE, onlyFiles: true });
      const notices = matches.filter((m) => !isConfigFile(m));
      if (notices.length === 0 && o.allowEmptyFolders) continue;
      if (notices.length === 0) throw new UsageError(`La carpeta «${input}» no contiene avisos (*.yaml, *.yml).`, { en: `The folder "${input}" holds no notices (*.yaml, *.yml).` });
      assertNoLinkOut(notices, abs, input, cwd);
      notices.forEach((m) => found.add(resolve(m)));
    } else {
      found.add(abs);
    }
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A notice found by expanding a folder or a glob must really be inside it: a symbolic link in
 * `notices/` to a file elsewhere (`/etc/passwd`, another repository's secrets) is refused, so a
 * checked-in link cannot make notice read it and print it in a code frame.
 */
function assertNoLinkOut(files: readonly string[], base: string, input: string, cwd: string): void {
  let realBase: string;
  try {
    realBase = realpathSync(base);
  } catch {
    return;
  }
  for (const f of files) {
    let real: string;
    try {
      real = realpathSync(f);
    } catch {
      continue; // a dangling link: reading it reports IO-READ
    }
    const rel = relative(realBase, real);
    if (rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
      throw new UsageError(`«${workspacePath(cwd, f)}» es un enlace a «${real}», fuera de «${input}»; notice no lee avisos fuera de la carpeta indicada.`, {
        en: `"${workspacePath(cwd, f)}" is a link to "${real}", outside "${input}"; notice reads no notice outside the folder it is given.`,
      });
    }
  }
}
