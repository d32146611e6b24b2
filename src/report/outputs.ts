import { UsageError } from '../errors.js';
import { REPORTERS, reporterNames } from './registry.js';

/** One report to produce: a format and where it goes (undefined = standard output). */
export interface OutputTarget {
  format: string;
  file?: string;
}

/** Picks `github` inside GitHub Actions and `stylish` everywhere else. */
export function autoFormat(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish';
}

/**
 * Pairs formats with output files. The rule (docs/ci.md, "Formatos"):
 *  1. `--format name:path` writes that format to `path` (`-` is standard output);
 *  2. the N `--output-file` values go, in order, to the LAST N formats that have no `:path`;
 *  3. every other format writes to standard output, and at most one may;
 *  4. no format given means `auto` (github inside GitHub Actions, stylish elsewhere).
 * So `-f stylish -f sarif -o report.sarif` prints stylish and writes SARIF to report.sarif.
 */
export function planOutputs(formats: readonly string[], outputFiles: readonly string[], env: NodeJS.ProcessEnv): OutputTarget[] {
  const specs = (formats.length > 0 ? formats : ['auto']).map((spec): OutputTarget => {
    const colon = spec.indexOf(':');
    const name = colon === -1 ? spec : spec.slice(0, colon);
    const file = colon === -1 ? undefined : spec.slice(colon + 1);
    const format = name === 'auto' ? autoFormat(env) : name;
    if (!REPORTERS[format]) throw new UsageError(`Formato desconocido «${name}». Formatos: ${[...reporterNames(), 'auto'].join(', ')}.`, { en: `Unknown format "${name}". Formats: ${[...reporterNames(), 'auto'].join(', ')}.` });
    if (file === '') throw new UsageError(`Falta la ruta después de «${name}:» en --format.`, { en: `The path after "${name}:" in --format is missing.` });
    return { format, file };
  });
  const open = specs.filter((s) => s.file === undefined);
  if (outputFiles.length > open.length) {
    throw new UsageError(`Hay ${outputFiles.length} --output-file para ${open.length} formato(s) sin archivo; cada --output-file corresponde a uno de los últimos --format.`, {
      en: `There are ${outputFiles.length} --output-file for ${open.length} format(s) without a file; each --output-file belongs to one of the last --format.`,
    });
  }
  const offset = open.length - outputFiles.length;
  outputFiles.forEach((file, i) => (open[offset + i]!.file = file));
  const targets = specs.map((s) => (s.file === '-' ? { format: s.format } : s));
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(`Solo un formato puede escribir en la salida estándar (${toStdout.map((t) => t.format).join(', ')}); use --output-file o «formato:archivo».`, {
      en: `Only one format may write to standard output (${toStdout.map((t) => t.format).join(', ')}); use --output-file or "format:file".`,
    });
  }
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.file === undefined) continue;
    if (seen.has(t.file)) throw new UsageError(`El archivo «${t.file}» recibe más de un reporte.`, { en: `The file "${t.file}" receives more than one report.` });
    seen.add(t.file);
  }
  return targets;
}
