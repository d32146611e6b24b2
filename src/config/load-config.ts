import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { ConfigError } from '../errors.js';
import { workspacePath } from '../io/find-notices.js';
import { discoverConfig } from './discover.js';
import { ALL_FORMATS, DEFAULT_CACHE_DIR, DEFAULT_OUT, type ConfigFile, type ConfigOverrides, type WorkspaceConfig } from './types.js';
import { validateConfigText } from './validate-config.js';

export interface LoadConfigOptions {
  cwd: string;
  /** --config: wins over discovery. */
  explicitFile?: string;
  /** CLI flags; paths in them are relative to the cwd. */
  overrides?: ConfigOverrides;
  lang?: Lang;
}

function formatProblems(problems: Diagnostic[]): string {
  return problems
    .map((d) => `\n  ${d.file}:${d.range?.start.line ?? 1}:${d.range?.start.column ?? 1}  ${d.code}  ${d.message}`)
    .join('');
}

function readConfig(path: string, display: string, lang: Lang): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new ConfigError(`No se pudo leer el archivo de configuración «${display}» (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  const { data, diagnostics } = validateConfigText(display, text, lang);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!data || errors.length > 0) throw new ConfigError(`El archivo de configuración «${display}» no es válido:${formatProblems(errors)}`);
  return data;
}

/** Finds, reads and validates the workspace config, then applies defaults and CLI overrides. */
export function loadConfig(options: LoadConfigOptions): WorkspaceConfig {
  const lang = options.lang ?? 'es';
  const file = options.explicitFile ? resolve(options.cwd, options.explicitFile) : discoverConfig(options.cwd);
  const fromFile: ConfigFile = file ? readConfig(file, workspacePath(options.cwd, file), lang) : {};
  const root = file ? dirname(file) : options.cwd;
  const o = options.overrides ?? {};
  const fromRoot = (p: string | undefined) => (p === undefined ? undefined : resolve(root, p));
  const fromCwd = (p: string | undefined) => (p === undefined ? undefined : resolve(options.cwd, p));
  const formats = o.formats ?? fromFile.formats ?? [...ALL_FORMATS];
  for (const f of formats) {
    if (!(ALL_FORMATS as readonly string[]).includes(f)) throw new ConfigError(`Formato desconocido «${f}». Formatos: ${ALL_FORMATS.join(', ')}.`);
  }
  if (o.baseUrl !== undefined && !/^https?:\/\/.+\/$/.test(o.baseUrl)) {
    throw new ConfigError(`La URL base «${o.baseUrl}» debe ser absoluta (http o https) y terminar en «/».`);
  }
  return {
    root,
    file,
    notices: o.notices ?? fromFile.notices ?? ['notices'],
    noticesBase: o.notices ? options.cwd : root,
    out: fromCwd(o.out) ?? fromRoot(fromFile.out) ?? resolve(root, DEFAULT_OUT),
    formats: [...formats].sort((a, b) => ALL_FORMATS.indexOf(a) - ALL_FORMATS.indexOf(b)),
    baseUrl: o.baseUrl ?? fromFile.baseUrl,
    law: o.law ?? fromFile.law,
    lang: o.lang ?? fromFile.lang ?? lang,
    paper: o.paper ?? fromFile.paper ?? 'letter',
    templates: fromCwd(o.templates) ?? fromRoot(fromFile.templates),
    theme: { ...(fromFile.theme ?? {}) },
    rules: { ...(fromFile.rules ?? {}) },
    cacheDir: fromCwd(o.cacheDir) ?? fromRoot(fromFile.cacheDir) ?? resolve(root, DEFAULT_CACHE_DIR),
  };
}
