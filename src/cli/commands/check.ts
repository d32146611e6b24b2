import { readFileSync } from 'node:fs';
import { check } from '../../api/check.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../io-context.js';
import { translator, withEnvLang } from '../lang.js';
import { threadsFromFlag } from './build-options.js';
import { printConfig } from './print-config.js';
import { baselineOf, reportAndExit, targetsOf, thresholdsOf, todayOf, type ReportFlags } from './report-gate.js';

export interface CheckFlags extends ReportFlags {
  config?: string;
  changed?: boolean;
  since?: string;
  asOf?: string;
  cache?: boolean;
  jobs?: string;
  stdinFilepath?: string;
  printConfig?: string;
}

/** `-` among the paths: one notice from standard input, named by --stdin-filepath (ESLint's convention). */
function stdinSource(paths: string[], flags: CheckFlags, io: CliIo): { file: string; text: string } | undefined {
  if (!paths.includes('-')) {
    if (flags.stdinFilepath !== undefined) throw new UsageError('--stdin-filepath solo tiene sentido con «-» (leer de la entrada estándar).', { en: '--stdin-filepath only makes sense with "-" (read standard input).' });
    return undefined;
  }
  if (paths.length > 1) throw new UsageError('«-» (la entrada estándar) no se combina con otras rutas.', { en: '"-" (standard input) does not combine with other paths.' });
  const file = (flags.stdinFilepath ?? '<stdin>').replace(/\\/g, '/').replace(/^\.\//, '');
  return { file, text: (io.readStdin ?? (() => readFileSync(0, 'utf8')))().replace(/^\uFEFF/, '') };
}

/** `notice check`: the runner, the baseline, every report, the gate's exit code. */
export async function runCheck(paths: string[], given: CheckFlags, io: CliIo): Promise<number> {
  const flags = withEnvLang(given, io.env);
  if (flags.printConfig !== undefined) return printConfig(flags.printConfig, flags, io);
  const targets = targetsOf(flags, io);
  const thresholds = thresholdsOf(flags);
  const today = todayOf(flags, io);
  const changed = flags.since !== undefined ? { since: flags.since } : Boolean(flags.changed);
  const source = stdinSource(paths, flags, io);
  const result = await check({
    cwd: io.cwd,
    paths: source ? [] : paths,
    env: io.env,
    warn: (text) => io.stderr(`notice: ${text}\n`),
    thresholds,
    baseline: baselineOf(flags),
    changed,
    ...(source ? { source } : {}),
    ...(flags.config ? { config: flags.config } : {}),
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(today ? { today } : {}),
    ...(flags.asOf ? { asOf: flags.asOf } : {}),
    ...(flags.cache === false ? { cache: false } : {}),
    ...(flags.jobs !== undefined ? { jobs: threadsFromFlag(flags.jobs)! } : {}),
  });
  const lang = result.config.lang;
  const t = translator(lang);
  if (result.selection) {
    const s = result.selection;
    io.stderr(`notice: ${s.all ? t('cambió la configuración, la línea base o el esquema: se revisan todos los avisos', 'the config, baseline or schema changed: every notice is checked') : t(`${s.selected} de ${s.total} aviso(s) cambiaron`, `${s.selected} of ${s.total} notice(s) changed`)} (base ${s.base.slice(0, 12)}).\n`);
  }
  // With --changed, the selection line above already says that nothing changed.
  if (result.files.length === 0 && !source && !flags.quiet && !(result.selection && result.selection.total > 0)) io.stderr(t('notice: aún no hay avisos: cree uno con «npx notice new <id>».\n', 'notice: no notices yet: create one with "npx notice new <id>".\n'));
  if (result.baselineWritten) io.stderr(`notice: ${t('línea base escrita en', 'baseline written to')} ${result.baselineWritten.file} (${result.baselineWritten.entries} ${t('hallazgo(s)', 'finding(s)')}).\n`);
  return reportAndExit({ ...result, lang }, targets, flags, io);
}
