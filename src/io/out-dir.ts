import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { workspacePath } from './find-notices.js';
import { MANIFEST_NAME, type Manifest } from '../bundle/manifest.js';
import { readManifest } from './read-manifest.js';

/** The compiled CLI's own folder (dist/ of the installed package). */
const TOOL_DIST = resolve(fileURLToPath(new URL('../', import.meta.url)));

/** Folders of version control: never an output folder, nor inside one. */
const VCS_FOLDERS = new Set(['.git', '.hg', '.svn']);

function isSameOrInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !parse(rel).root);
}

export interface OutDirContext {
  cwd: string;
  /** Folders the output may never be, nor contain: workspace root, repo root, config, templates, cache. */
  protectedPaths: string[];
  /** Notice sources: the output may never contain them. */
  noticeFiles: string[];
}

/**
 * Refuses output folders whose replacement could destroy something that is not ours: the file-system
 * root, the home folder, dist/ itself or any folder holding the compiled CLI, the repository or
 * workspace root, or any folder that contains sources, config, templates or the cache.
 */
export function assertSafeOutDir(out: string, ctx: OutDirContext): void {
  const shown = workspacePath(ctx.cwd, out);
  const refuse = (es: string, en: string): never => {
    throw new UsageError(`Carpeta de salida rechazada «${shown}»: ${es} Elija una subcarpeta propia, p. ej. «dist/avisos».`, {
      en: `Output folder refused "${shown}": ${en} Choose a folder of its own, e.g. "dist/avisos".`,
    });
  };
  if (parse(out).root === out) refuse('es la raíz del sistema de archivos.', 'it is the file-system root.');
  if (out.split(sep).some((seg) => VCS_FOLDERS.has(seg))) refuse('está dentro de la carpeta de un control de versiones (.git).', 'it is inside a version-control folder (.git).');
  if (out === homedir()) refuse('es la carpeta personal del usuario.', "it is the user's home folder.");
  if (isSameOrInside(TOOL_DIST, out)) refuse('contiene el propio notice compilado (dist/).', 'it contains the compiled notice itself (dist/).');
  if (existsSync(join(out, 'cli', 'main.js')) || existsSync(join(out, 'bin', 'notice.js'))) refuse('contiene un CLI compilado.', 'it contains a compiled CLI.');
  if (parse(out).base === 'dist' && existsSync(join(dirname(out), 'package.json'))) refuse('es la carpeta dist/ de un paquete, donde compila TypeScript.', "it is a package's dist/ folder, where TypeScript compiles.");
  for (const p of ctx.protectedPaths) {
    if (isSameOrInside(p, out)) refuse(`contiene «${workspacePath(ctx.cwd, p)}», que no es de notice.`, `it contains "${workspacePath(ctx.cwd, p)}", which is not notice's.`);
  }
  for (const f of ctx.noticeFiles) {
    if (isSameOrInside(f, out)) refuse(`contiene el aviso fuente «${workspacePath(ctx.cwd, f)}».`, `it contains the source notice "${workspacePath(ctx.cwd, f)}".`);
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(join(dir, e.name), rel));
    else out.push(rel);
  }
  return out;
}

/**
 * The previous bundle, if the folder is ours. A folder that exists and is not empty must hold our
 * manifest.json, and every file in it must be listed there; otherwise notice refuses to touch it.
 */
export function previousBundle(out: string, cwd: string): Manifest | undefined {
  if (!existsSync(out)) return undefined;
  const shown = workspacePath(cwd, out);
  if (!statSync(out).isDirectory()) throw new UsageError(`La salida «${shown}» existe y no es una carpeta.`, { en: `The output "${shown}" exists and is not a folder.` });
  const files = listFiles(out);
  if (files.length === 0) return undefined;
  const read = readManifest(out);
  if (read.kind !== 'ok') {
    throw new UsageError(
      `La carpeta de salida «${shown}» ya tiene archivos y no es de notice (${read.kind === 'missing' ? `falta ${MANIFEST_NAME}` : read.reason}); notice no la sobrescribe. Elija otra carpeta o vacíela usted.`,
      { en: `The output folder "${shown}" already has files and is not notice's (${read.kind === 'missing' ? `${MANIFEST_NAME} is missing` : read.reason}); notice does not overwrite it. Choose another folder or empty it yourself.` },
    );
  }
  const owned = new Set(read.manifest.files.map((f) => f.path));
  const foreign = files.filter((f) => f !== MANIFEST_NAME && !owned.has(f));
  if (foreign.length > 0) {
    const list = foreign.sort().slice(0, 5).map((f) => `«${f}»`).join(', ');
    throw new UsageError(`La carpeta de salida «${shown}» tiene archivos que notice no creó (${list}${foreign.length > 5 ? ', …' : ''}); notice no los borra. Muévalos a otro lugar.`, {
      en: `The output folder "${shown}" has files notice did not create (${list.replace(/«|»/g, '"')}${foreign.length > 5 ? ', …' : ''}); notice does not delete them. Move them elsewhere.`,
    });
  }
  return read.manifest;
}

/**
 * A path a notice.config.yaml names (out, cacheDir, templates, notices) must stay inside the
 * workspace: the repository holding the config, or the config's folder outside a repository. A
 * config arrives with the repository (a pull request can change it); it may not make notice read
 * or write elsewhere on the machine. Paths given as command-line flags are the user's own choice.
 */
export function assertConfinedConfigPath(boundary: string, configFile: string, key: string, value: string, resolved: string): void {
  if (isSameOrInside(resolved, boundary)) return;
  throw new UsageError(
    `«${key}: ${value}» en ${configFile} apunta fuera del espacio de trabajo («${boundary}»). Las rutas de la configuración deben quedar dentro del repositorio; para otra carpeta use la opción de la línea de órdenes (p. ej. --out).`,
    { en: `"${key}: ${value}" in ${configFile} points outside the workspace ("${boundary}"). Paths in the config must stay inside the repository; for another folder use the command-line option (e.g. --out).` },
  );
}

/** True when `child` is `parent` or lies inside it (lexically; callers compare real paths where links matter). */
export function isInside(child: string, parent: string): boolean {
  return isSameOrInside(child, parent);
}
