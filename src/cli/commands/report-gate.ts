import type { Lang, Severity } from '../../diagnostics/diagnostic.js';
import { countsForGate, failsGate, type Thresholds } from '../../diagnostics/gate.js';
import { UsageError } from '../../errors.js';
import { writeFileAtomic } from '../../io/write-report.js';
import { planOutputs, type OutputTarget } from '../../report/outputs.js';
import { REPORTERS } from '../../report/registry.js';
import type { ReportInput } from '../../report/types.js';
import type { BaselineOptions } from '../../api/baseline.js';
import type { RulesetId } from '../../rules/types.js';
import { toolVersion } from '../../version.js';
import { EXIT } from '../exit-codes.js';
import { useColor, type CliIo } from '../io-context.js';
import { ruleInfos } from './check-rules.js';

/** The reporting and gate flags `check` and `build` share. */
export interface ReportFlags {
  format?: string[];
  outputFile?: string[];
  lang?: Lang;
  color?: boolean;
  failOn?: Severity;
  maxWarnings?: string;
  baseline?: string | boolean;
  writeBaseline?: string | boolean;
  baselineReason?: string;
  today?: string;
  /** Errors only in every report (ESLint's --quiet); the gate still counts everything. */
  quiet?: boolean;
}

export function thresholdsOf(flags: ReportFlags): Thresholds {
  const failOn = flags.failOn ?? 'error';
  if (flags.maxWarnings === undefined) return { failOn };
  if (!/^\d+$/.test(flags.maxWarnings)) throw new UsageError(`--max-warnings espera un entero ≥ 0, no «${flags.maxWarnings}».`, { en: `--max-warnings expects an integer ≥ 0, not "${flags.maxWarnings}".` });
  return { failOn, maxWarnings: Number(flags.maxWarnings) };
}

/** --baseline FILE / --baseline / --no-baseline / --write-baseline [FILE] as library options. */
export function baselineOf(flags: ReportFlags): BaselineOptions {
  const write = flags.writeBaseline === undefined || flags.writeBaseline === false ? undefined : flags.writeBaseline === true ? true : flags.writeBaseline;
  return {
    ...(flags.baseline === false ? { file: false as const } : typeof flags.baseline === 'string' ? { file: flags.baseline } : {}),
    ...(write !== undefined ? { write } : {}),
    ...(flags.baselineReason ? { reason: flags.baselineReason } : {}),
  };
}

/** "Today" for this run: --today, else NOTICE_TODAY, else the clock (read by the library, once). */
export function todayOf(flags: ReportFlags, io: CliIo): string | undefined {
  return flags.today ?? (io.env.NOTICE_TODAY ? io.env.NOTICE_TODAY : undefined);
}

/** The report targets, checked before any work so a bad --format fails fast (exit 2). */
export function targetsOf(flags: ReportFlags, io: CliIo): OutputTarget[] {
  return planOutputs(flags.format ?? [], flags.outputFile ?? [], io.env);
}

export interface Reported {
  files: readonly string[];
  diagnostics: ReportInput['diagnostics'];
  sources: ReadonlyMap<string, string>;
  rulesets: ReadonlyMap<string, RulesetId>;
  lang: Lang;
  ioFailure: boolean;
  passed: boolean;
}

/** Writes every report, then returns the exit code of the one gate (0/1/2). */
export async function reportAndExit(result: Reported, targets: readonly OutputTarget[], flags: ReportFlags, io: CliIo): Promise<number> {
  const { rules, byRuleset } = ruleInfos(result.rulesets.values());
  const rulesByFile = new Map([...result.rulesets].map(([file, rs]) => [file, byRuleset.get(rs) ?? []]));
  const diagnostics = flags.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
  const maxWarnings = flags.maxWarnings !== undefined ? Number(flags.maxWarnings) : undefined;
  const input: ReportInput = { diagnostics, sources: result.sources, files: result.files, lang: result.lang, color: false, toolVersion: toolVersion(), failOn: flags.failOn ?? 'error', ...(maxWarnings !== undefined ? { maxWarnings } : {}), rulesets: result.rulesets, rules, rulesByFile };
  for (const t of targets) {
    // --quiet with no error to show prints nothing at all (as ESLint does), not even the summary.
    if (flags.quiet && t.format === 'stylish' && t.file === undefined && !diagnostics.some((d) => countsForGate(d))) continue;
    const color = t.format === 'stylish' && t.file === undefined && useColor(io, flags.color);
    const text = REPORTERS[t.format]!({ ...input, color });
    if (t.file === undefined) io.stdout(text);
    else await writeFileAtomic(io.cwd, t.file, text);
  }
  if (result.ioFailure) return EXIT.failure;
  // Like ESLint: say why the run fails when only the number of warnings makes it fail.
  const warnings = result.diagnostics.filter((d) => countsForGate(d) && d.severity === 'warning').length;
  if (!result.passed && maxWarnings !== undefined && warnings > maxWarnings && !result.diagnostics.some((d) => failsGate(d, flags.failOn ?? 'error'))) {
    io.stderr(result.lang === 'en' ? `notice: ${warnings} warning(s), more than --max-warnings ${maxWarnings} allows.\n` : `notice: ${warnings} advertencia(s), más de las que permite --max-warnings ${maxWarnings}.\n`);
  }
  return result.passed ? EXIT.ok : EXIT.findings;
}
