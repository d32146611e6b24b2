import { existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { applyBaseline, createBaseline, DEFAULT_BASELINE_FILE, serializeBaseline, staleDiagnostics, type Baseline, type PathMap } from '../../baseline/baseline.js';
import { parseBaseline } from '../../baseline/parse-baseline.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { ConfigError, UsageError } from '../../errors.js';
import { workspacePath } from '../../io/find-notices.js';
import { readText } from '../../io/read-text.js';
import { rangeForPointer } from '../../source/locate.js';
import { parseYaml } from '../../source/parse-yaml.js';
import { writeFileAtomic } from '../../io/write-report.js';
import type { Thresholds } from '../exit-codes.js';
import type { CliIo } from '../io-context.js';
import { toolVersion } from '../version.js';
import type { CheckFlags, Gathered } from './check.js';

export const DEFAULT_REASON = 'Hallazgo existente al adoptar notice; registrado en la línea base para corregirlo después.';

/** Which baseline to read and which to write; read before any notice is checked. */
export interface BaselinePlan {
  /** The baseline file in use (read or written), workspace-relative as given. */
  file?: string;
  /** The parsed baseline to apply; undefined when none applies. */
  current?: Baseline;
  /** Where --write-baseline writes; undefined when not writing. */
  writeTo?: string;
}

async function load(cwd: string, file: string): Promise<Baseline> {
  const read = await readText(resolve(cwd, file));
  if (!read.ok) throw new ConfigError(`No se pudo leer la línea base «${file}»: ${read.detail}.`);
  const parsed = parseBaseline(read.text);
  if (!parsed.ok) throw new ConfigError(`La línea base «${file}» no es válida: ${parsed.error}.`);
  return parsed.baseline;
}

/**
 * --baseline FILE uses FILE (it must exist); --baseline alone or no flag uses
 * .notice-baseline.json when it exists; --no-baseline ignores every baseline.
 */
export async function resolveBaseline(flags: CheckFlags, cwd: string): Promise<BaselinePlan> {
  if (flags.writeBaseline !== undefined && flags.writeBaseline !== false) {
    const writeTo = typeof flags.writeBaseline === 'string' ? flags.writeBaseline : DEFAULT_BASELINE_FILE;
    // Keep the reasons people wrote by hand in the previous version of the file.
    const previous = existsSync(resolve(cwd, writeTo)) ? await load(cwd, writeTo).catch(() => undefined) : undefined;
    return { file: writeTo, writeTo, current: previous };
  }
  if (flags.baseline === false) return {};
  if (typeof flags.baseline === 'string') {
    if (!existsSync(resolve(cwd, flags.baseline))) throw new UsageError(`No existe la línea base «${flags.baseline}».`);
    return { file: flags.baseline, current: await load(cwd, flags.baseline) };
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

/** Writes the baseline when asked, then applies it: returns findings with baseline suppressions and stale entries. */
export async function settleBaseline(g: Gathered, plan: BaselinePlan, flags: CheckFlags, limits: Thresholds, io: CliIo): Promise<Diagnostic[]> {
  if (!plan.file) return g.diagnostics;
  const paths = pathMapFor(io.cwd, plan.file);
  let baseline = plan.current;
  if (plan.writeTo) {
    const created = createBaseline(g.diagnostics, { reason: flags.baselineReason ?? DEFAULT_REASON, failOn: limits.failOn, paths, lang: flags.lang, toolVersion: toolVersion() });
    if (!flags.baselineReason && plan.current) {
      const kept = new Map<string, string[]>();
      for (const e of plan.current.entries) kept.set(e.fingerprint, [...(kept.get(e.fingerprint) ?? []), e.reason]);
      for (const e of created.entries) e.reason = kept.get(e.fingerprint)?.shift() ?? e.reason;
    }
    await writeFileAtomic(io.cwd, plan.writeTo, serializeBaseline(created));
    io.stderr(`notice: línea base escrita en ${plan.writeTo} (${created.entries.length} hallazgo(s)).\n`);
    baseline = created;
  }
  if (!baseline) return g.diagnostics;
  const scope = new Set(g.files.map(paths.toBaseline));
  for (const e of baseline.entries) if (!scope.has(e.file) && !existsSync(resolve(io.cwd, paths.fromBaseline(e.file)))) scope.add(e.file);
  // Messages are compared only when they are comparable: same language and same notice version.
  const loose = baseline.lang !== flags.lang || baseline.toolVersion !== toolVersion();
  const applied = applyBaseline(g.diagnostics, baseline, scope, paths, loose);
  return [...applied.diagnostics, ...locate(staleDiagnostics(applied.stale, flags.lang, paths), g.sources, flags.lang)];
}

/** Points stale entries at their place (or the nearest part that still exists) in the notice. */
function locate(list: Diagnostic[], sources: ReadonlyMap<string, string>, lang: CheckFlags['lang']): Diagnostic[] {
  const parsed = new Map<string, ReturnType<typeof parseYaml>>();
  return list.map((d) => {
    const text = sources.get(d.file);
    if (text === undefined) return d;
    const src = parsed.get(d.file) ?? parseYaml(d.file, text, lang);
    parsed.set(d.file, src);
    return src.data === undefined ? d : { ...d, range: rangeForPointer(src.doc, src.lineCounter, d.pointer) };
  });
}
