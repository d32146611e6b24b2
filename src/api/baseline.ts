import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { applyBaseline, createBaseline, DEFAULT_BASELINE_FILE, serializeBaseline, staleDiagnostics, type Baseline, type PathMap } from '../baseline/baseline.js';
import { parseBaseline } from '../baseline/parse-baseline.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics/diagnostic.js';
import { ConfigError, UsageError } from '../errors.js';
import { workspacePath } from '../io/find-notices.js';
import { readText } from '../io/read-text.js';
import { writeFileAtomic } from '../io/write-report.js';
import { rangeForPointer } from '../source/locate.js';
import { parseYaml } from '../source/parse-yaml.js';

export const DEFAULT_REASON = 'Hallazgo existente al adoptar notice; registrado en la línea base para corregirlo después.';

/** Which baseline a run uses: `file` to apply (false: none; undefined: the default file if it exists). */
export interface BaselineOptions {
  file?: string | false;
  /** Record this run's findings as the baseline: in this file, or the default one (true). */
  write?: string | true;
  /** Reason stored in new entries (default: DEFAULT_REASON, or the reason an entry had before). */
  reason?: string;
}

/** Which baseline to read and which to write; resolved before any notice is checked. */
export interface BaselinePlan {
  /** The baseline file in use (read or written), workspace-relative as given. */
  file?: string;
  /** The parsed baseline to apply; undefined when none applies. */
  current?: Baseline;
  /** Where the baseline is written; undefined when not writing. */
  writeTo?: string;
}

async function load(cwd: string, file: string): Promise<Baseline> {
  const read = await readText(resolve(cwd, file));
  if (!read.ok) throw new ConfigError(`No se pudo leer la línea base «${file}»: ${read.detail}.`, { en: `Could not read the baseline "${file}": ${read.detail}.` });
  const parsed = parseBaseline(read.text);
  if (!parsed.ok) throw new ConfigError(`La línea base «${file}» no es válida: ${parsed.error}.`, { en: `The baseline "${file}" is not valid: ${parsed.error}.` });
  return parsed.baseline;
}

/** Reads the baseline a run asks for (a missing explicit file or a broken one is an exit-2 error). */
export async function resolveBaseline(o: BaselineOptions, cwd: string): Promise<BaselinePlan> {
  if (o.write !== undefined) {
    const writeTo = typeof o.write === 'string' ? o.write : DEFAULT_BASELINE_FILE;
    // Keep the reasons people wrote by hand in the previous version of the file.
    const previous = existsSync(resolve(cwd, writeTo)) ? await load(cwd, writeTo).catch(() => undefined) : undefined;
    return { file: writeTo, writeTo, current: previous };
  }
  if (o.file === false) return {};
  if (typeof o.file === 'string') {
    if (!existsSync(resolve(cwd, o.file))) throw new UsageError(`No existe la línea base «${o.file}».`, { en: `There is no baseline "${o.file}".` });
    return { file: o.file, current: await load(cwd, o.file) };
  }
  if (existsSync(resolve(cwd, DEFAULT_BASELINE_FILE))) return { file: DEFAULT_BASELINE_FILE, current: await load(cwd, DEFAULT_BASELINE_FILE) };
  return {};
}

/** Baseline paths are relative to the baseline file's folder, so it works from any cwd. */
export function pathMapFor(cwd: string, baselineFile: string): PathMap {
  const dir = dirname(resolve(cwd, baselineFile));
  return {
    toBaseline: (file) => relative(dir, resolve(cwd, file)).split(sep).join('/'),
    fromBaseline: (file) => workspacePath(cwd, resolve(dir, file)),
  };
}

export interface SettleContext {
  cwd: string;
  lang: Lang;
  failOn: Severity;
  toolVersion: string;
  reason?: string;
  /** Every file of the run (a baseline's entries for other files are left alone). */
  files: readonly string[];
  sources: ReadonlyMap<string, string>;
}

/** Writes the baseline when asked, then applies it: findings with baseline suppressions and stale entries. */
export async function settleBaseline(diagnostics: Diagnostic[], plan: BaselinePlan, ctx: SettleContext): Promise<{ diagnostics: Diagnostic[]; written?: { file: string; entries: number } }> {
  if (!plan.file) return { diagnostics };
  const paths = pathMapFor(ctx.cwd, plan.file);
  let baseline = plan.current;
  let written: { file: string; entries: number } | undefined;
  if (plan.writeTo) {
    const created = createBaseline(diagnostics, { reason: ctx.reason ?? DEFAULT_REASON, failOn: ctx.failOn, paths, lang: ctx.lang, toolVersion: ctx.toolVersion });
    if (!ctx.reason && plan.current) {
      const kept = new Map<string, string[]>();
      for (const e of plan.current.entries) kept.set(e.fingerprint, [...(kept.get(e.fingerprint) ?? []), e.reason]);
      for (const e of created.entries) e.reason = kept.get(e.fingerprint)?.shift() ?? e.reason;
    }
    await writeFileAtomic(ctx.cwd, plan.writeTo, serializeBaseline(created));
    written = { file: plan.writeTo, entries: created.entries.length };
    baseline = created;
  }
  if (!baseline) return { diagnostics, ...(written ? { written } : {}) };
  const scope = new Set(ctx.files.map(paths.toBaseline));
  for (const e of baseline.entries) if (!scope.has(e.file) && !existsSync(resolve(ctx.cwd, paths.fromBaseline(e.file)))) scope.add(e.file);
  // Messages are compared only when they are comparable: same language and same notice version.
  const loose = baseline.lang !== ctx.lang || baseline.toolVersion !== ctx.toolVersion;
  const applied = applyBaseline(diagnostics, baseline, scope, paths, loose);
  return { diagnostics: [...applied.diagnostics, ...locate(staleDiagnostics(applied.stale, ctx.lang, paths), ctx.sources, ctx.lang)], ...(written ? { written } : {}) };
}

/** Points stale entries at their place (or the nearest part that still exists) in the notice. */
function locate(list: Diagnostic[], sources: ReadonlyMap<string, string>, lang: Lang): Diagnostic[] {
  const parsed = new Map<string, ReturnType<typeof parseYaml>>();
  return list.map((d) => {
    const text = sources.get(d.file);
    if (text === undefined) return d;
    const src = parsed.get(d.file) ?? parseYaml(d.file, text, lang);
    parsed.set(d.file, src);
    return src.data === undefined ? d : { ...d, range: rangeForPointer(src.tree, src.lineCounter, d.pointer) };
  });
}
