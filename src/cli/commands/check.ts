import { check } from '../../api/check.js';
import type { CliIo } from '../io-context.js';
import { threadsFromFlag } from './build-options.js';
import { baselineOf, reportAndExit, targetsOf, thresholdsOf, todayOf, type ReportFlags } from './report-gate.js';

export interface CheckFlags extends ReportFlags {
  config?: string;
  changed?: boolean;
  since?: string;
  asOf?: string;
  cache?: boolean;
  jobs?: string;
}

/** `notice check`: the runner, the baseline, every report, the gate's exit code. */
export async function runCheck(paths: string[], flags: CheckFlags, io: CliIo): Promise<number> {
  const targets = targetsOf(flags, io);
  const thresholds = thresholdsOf(flags);
  const today = todayOf(flags, io);
  const changed = flags.since !== undefined ? { since: flags.since } : Boolean(flags.changed);
  const result = await check({
    cwd: io.cwd,
    paths,
    env: io.env,
    warn: (text) => io.stderr(`notice: ${text}\n`),
    thresholds,
    baseline: baselineOf(flags),
    changed,
    ...(flags.config ? { config: flags.config } : {}),
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(today ? { today } : {}),
    ...(flags.asOf ? { asOf: flags.asOf } : {}),
    ...(flags.cache === false ? { cache: false } : {}),
    ...(flags.jobs !== undefined ? { jobs: threadsFromFlag(flags.jobs)! } : {}),
  });
  const lang = result.config.lang;
  if (result.selection) {
    const s = result.selection;
    io.stderr(`notice: ${s.all ? (lang === 'es' ? 'cambió la configuración, la línea base o el esquema: se revisan todos los avisos' : 'the config, baseline or schema changed: every notice is checked') : lang === 'es' ? `${s.selected} de ${s.total} aviso(s) cambiaron` : `${s.selected} of ${s.total} notice(s) changed`} (base ${s.base.slice(0, 12)}).\n`);
  }
  if (result.baselineWritten) io.stderr(`notice: ${lang === 'es' ? 'línea base escrita en' : 'baseline written to'} ${result.baselineWritten.file} (${result.baselineWritten.entries} ${lang === 'es' ? 'hallazgo(s)' : 'finding(s)'}).\n`);
  return reportAndExit({ ...result, lang }, targets, flags, io);
}
