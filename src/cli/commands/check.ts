import { resolve } from 'node:path';
import { checkWorkspace } from '../../check/check-workspace.js';
import { ruleInfos } from './check-rules.js';
import type { Diagnostic, Lang, Severity } from '../../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../diagnostics/collect.js';
import { UsageError } from '../../errors.js';
import { message } from '../../i18n/messages.js';
import { findNoticeFiles, workspacePath } from '../../io/find-notices.js';
import { changedFiles, selectChanged } from '../../io/git.js';
import { readText } from '../../io/read-text.js';
import { writeFileAtomic } from '../../io/write-report.js';
import { REPORTERS } from '../../report/registry.js';
import { planOutputs, type OutputTarget } from '../../report/outputs.js';
import type { ReportInput } from '../../report/types.js';
import { EXIT, exitCodeFor, type Thresholds } from '../exit-codes.js';
import { useColor, type CliIo } from '../io-context.js';
import type { GatheredFindings } from '../../compile/gather-parallel.js';
import { toolVersion } from '../version.js';
import { resolveBaseline, settleBaseline } from './check-baseline.js';

export interface CheckFlags {
  format?: string[];
  outputFile?: string[];
  lang: Lang;
  color?: boolean;
  failOn?: Severity;
  maxWarnings?: string;
  baseline?: string | boolean;
  writeBaseline?: string | boolean;
  baselineReason?: string;
  changed?: boolean;
  since?: string;
}

/** What the checking step produces (defined beside the parallel checker that fills it). */
export type Gathered = GatheredFindings;

export type Gatherer = (absFiles: readonly string[], lang: Lang, cwd: string) => Promise<Gathered>;

/** Reads every notice, then checks them together (per-notice and cross-notice rules). */
export async function gatherFindings(absFiles: readonly string[], lang: Lang, cwd: string): Promise<Gathered> {
  const out: Gathered = { files: [], diagnostics: [], sources: new Map(), rulesets: new Map(), ioFailure: false };
  const inputs: { file: string; text: string }[] = [];
  for (const abs of absFiles) {
    const file = workspacePath(cwd, resolve(abs));
    out.files.push(file);
    const read = await readText(abs);
    if (!read.ok) {
      out.ioFailure = true;
      const code = read.reason === 'encoding' ? 'IO-ENCODING' : 'IO-READ';
      out.diagnostics.push({ code, severity: 'error', message: message(code, lang, { detail: read.detail }), file, pointer: '' });
      continue;
    }
    out.sources.set(file, read.text);
    inputs.push({ file, text: read.text });
  }
  const result = checkWorkspace(inputs, { lang });
  out.diagnostics.push(...result.diagnostics);
  for (const n of result.notices) if (n.ruleset) out.rulesets.set(n.file, n.ruleset);
  return out;
}

function thresholds(flags: CheckFlags): Thresholds {
  const failOn = flags.failOn ?? 'error';
  if (flags.maxWarnings === undefined) return { failOn };
  if (!/^\d+$/.test(flags.maxWarnings)) throw new UsageError(`--max-warnings espera un entero ≥ 0, no «${flags.maxWarnings}».`);
  return { failOn, maxWarnings: Number(flags.maxWarnings) };
}

/** gather → filter (changed files, baseline) → report → exit code. `gather` is replaceable (tests, a parallel checker). */
/**
 * The default gatherer checks in parallel (worker threads), with the workspace config's rule
 * severities and a content-hash cache; `gatherFindings` is the single-threaded reference that a
 * test keeps equivalent.
 */
const gatherDefault: Gatherer = async (absFiles, lang, cwd) => {
  const { gatherParallel } = await import('../../compile/gather-parallel.js');
  return gatherParallel(absFiles, lang, cwd);
};

export async function runCheck(paths: string[], flags: CheckFlags, io: CliIo, gather: Gatherer = gatherDefault): Promise<number> {
  const limits = thresholds(flags);
  const targets = planOutputs(flags.format ?? [], flags.outputFile ?? [], io.env);
  const selectingChanges = Boolean(flags.changed || flags.since !== undefined);
  if (selectingChanges && flags.writeBaseline !== undefined && flags.writeBaseline !== false) {
    throw new UsageError('--write-baseline registra todos los avisos; no se combina con --changed ni --since.');
  }
  const baseline = await resolveBaseline(flags, io.cwd);

  let absFiles = await findNoticeFiles(paths.length > 0 ? paths : ['notices'], io.cwd);
  if (selectingChanges) {
    const changed = changedFiles(io.cwd, io.env, flags.since);
    const extra = baseline.file ? [resolve(io.cwd, baseline.file)] : [];
    const selected = selectChanged(absFiles, changed, extra);
    io.stderr(`notice: ${selected.all ? 'cambió la configuración, la línea base o el esquema: se revisan todos los avisos' : `${selected.files.length} de ${absFiles.length} aviso(s) cambiaron`} (base ${changed.base.slice(0, 12)}).\n`);
    absFiles = selected.files;
  }

  const gathered = await gather(absFiles, flags.lang, io.cwd);
  const settled = await settleBaseline(gathered, baseline, flags, limits, io);
  const diagnostics = sortDiagnostics(settled);

  const { rules, byRuleset } = ruleInfos(gathered.rulesets.values());
  const rulesByFile = new Map([...gathered.rulesets].map(([file, rs]) => [file, byRuleset.get(rs) ?? []]));
  const input: ReportInput = { diagnostics, sources: gathered.sources, files: gathered.files, lang: flags.lang, color: false, toolVersion: toolVersion(), failOn: limits.failOn, rulesets: gathered.rulesets, rules, rulesByFile };
  await report(targets, input, flags, io);
  if (gathered.ioFailure) return EXIT.failure;
  return exitCodeFor(diagnostics, limits);
}

async function report(targets: readonly OutputTarget[], input: ReportInput, flags: CheckFlags, io: CliIo): Promise<void> {
  for (const t of targets) {
    const color = t.format === 'stylish' && t.file === undefined && useColor(io, flags.color);
    const text = REPORTERS[t.format]!({ ...input, color });
    if (t.file === undefined) io.stdout(text);
    else await writeFileAtomic(io.cwd, t.file, text);
  }
}
