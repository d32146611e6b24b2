import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { catalogueMessage } from '../diagnostics/catalogue/index.js';
import { ConfigError } from '../errors.js';
import { workspacePath } from '../io/find-notices.js';
import { assertConfinedConfigPath } from '../io/out-dir.js';
import { discoverConfig, findRepoRoot } from './discover.js';
import { ALL_FORMATS, DEFAULT_CACHE_DIR, DEFAULT_OUT, type ConfigFile, type ConfigOverrides, type WorkspaceConfig } from './types.js';

export interface LoadConfigOptions {
  cwd: string;
  /** --config: wins over discovery. */
  explicitFile?: string;
  /** CLI flags; paths in them are relative to the cwd. */
  overrides?: ConfigOverrides;
  lang?: Lang;
  /** Where warnings about the config go (e.g. a key that no longer has an effect); default: none. */
  warn?: (text: string) => void;
}

function formatProblems(problems: Diagnostic[]): string {
  return problems
    .map((d) => `\n  ${d.file}:${d.range?.start.line ?? 1}:${d.range?.start.column ?? 1}  ${d.code}  ${d.message}`)
    .join('');
}

/** Reads and validates the config; a problem is a ConfigError with every position (exit 2). */
async function readConfig(path: string, display: string, lang: Lang): Promise<{ data: ConfigFile }> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError(`No se pudo leer el archivo de configuración «${display}» (${code}).`, { en: `Could not read the configuration file "${display}" (${code}).` });
  }
  const { validateConfigText } = await import('./validate-config.js');
  const validated = validateConfigText(display, text, lang);
  const errors = validated.diagnostics.filter((d) => d.severity === 'error');
  if (!validated.data || errors.length > 0) {
    // The problems are already in the run's language; only the heading needs both.
    throw new ConfigError(`El archivo de configuración «${display}» no es válido:${formatProblems(errors)}`, { en: `The configuration file "${display}" is not valid:${formatProblems(errors)}` });
  }
  return { data: validated.data };
}

/** Finds, reads and validates the workspace config, then applies defaults and CLI overrides. */
export async function loadConfig(options: LoadConfigOptions): Promise<WorkspaceConfig> {
  const lang = options.lang ?? 'es';
  const file = options.explicitFile ? resolve(options.cwd, options.explicitFile) : discoverConfig(options.cwd);
  const read = file ? await readConfig(file, workspacePath(options.cwd, file), lang) : { data: {} as ConfigFile };
  const fromFile = read.data;
  const root = file ? dirname(file) : options.cwd;
  const o = options.overrides ?? {};
  const fromRoot = (p: string | undefined) => (p === undefined ? undefined : resolve(root, p));
  const fromCwd = (p: string | undefined) => (p === undefined ? undefined : resolve(options.cwd, p));
  if (fromFile.law !== undefined && file) options.warn?.(catalogueMessage('CONFIG-LAW-IGNORED', lang, { file: workspacePath(options.cwd, file) }));
  const formats = o.formats ?? fromFile.formats ?? [...ALL_FORMATS];
  for (const f of formats) {
    if (!(ALL_FORMATS as readonly string[]).includes(f)) throw new ConfigError(`Formato desconocido «${f}». Formatos: ${ALL_FORMATS.join(', ')}.`, { en: `Unknown format "${f}". Formats: ${ALL_FORMATS.join(', ')}.` });
  }
  if (file) confineConfigPaths(fromFile, root, workspacePath(options.cwd, file));
  if (o.baseUrl !== undefined && !/^https?:\/\/.+\/$/.test(o.baseUrl)) {
    throw new ConfigError(`La URL base «${o.baseUrl}» debe ser absoluta (http o https) y terminar en «/».`, { en: `The base URL "${o.baseUrl}" must be absolute (http or https) and end in "/".` });
  }
  return {
    root,
    file,
    notices: o.notices ?? fromFile.notices ?? ['notices'],
    noticesBase: o.notices ? options.cwd : root,
    out: fromCwd(o.out) ?? fromRoot(fromFile.out) ?? resolve(root, DEFAULT_OUT),
    formats: [...formats].sort((a, b) => ALL_FORMATS.indexOf(a) - ALL_FORMATS.indexOf(b)),
    baseUrl: o.baseUrl ?? fromFile.baseUrl,
    lang: o.lang ?? fromFile.lang ?? lang,
    paper: o.paper ?? fromFile.paper ?? 'letter',
    templates: fromCwd(o.templates) ?? fromRoot(fromFile.templates),
    theme: { ...(fromFile.theme ?? {}) },
    rules: { ...(fromFile.rules ?? {}) },
    cacheDir: fromCwd(o.cacheDir) ?? fromRoot(fromFile.cacheDir) ?? resolve(root, DEFAULT_CACHE_DIR),
  };
}

/** Paths the config file names stay inside its repository (or its folder): see assertConfinedConfigPath. */
function confineConfigPaths(fromFile: ConfigFile, root: string, display: string): void {
  const boundary = findRepoRoot(root) ?? root;
  const check = (key: string, value: string | undefined) => value !== undefined && assertConfinedConfigPath(boundary, display, key, value, resolve(root, value));
  check('out', fromFile.out);
  check('cacheDir', fromFile.cacheDir);
  check('templates', fromFile.templates);
  check('theme.logo', fromFile.theme?.logo);
  // A glob is checked by its fixed part: `../**/*.yaml` reaches outside as much as `..` does.
  for (const n of fromFile.notices ?? []) check('notices', n.split(/[*?[{]/)[0]!.replace(/[^/]*$/, '') || '.');
}
