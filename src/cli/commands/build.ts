import { performance } from 'node:perf_hooks';
import { build, type BuildResult } from '../../api/build.js';
import type { WorkspaceConfig } from '../../config/types.js';
import { countDiagnostics } from '../../diagnostics/collect.js';
import { RUN_INFO_CODES } from '../../diagnostics/gate.js';
import { assertPublishableBaseUrl } from '../../config/base-url.js';
import { catalogueMessage } from '../../diagnostics/catalogue/index.js';
import { UsageError } from '../../errors.js';
import { workspacePath } from '../../io/find-notices.js';
import { translator } from '../lang.js';
import { printConfig } from './print-config.js';
import type { CliIo } from '../io-context.js';
import { createProgress } from '../progress.js';
import { configFromFlags, epochFromEnv, threadsFromFlag, type BuildFlags } from './build-options.js';
import { baselineOf, reportAndExit, targetsOf, thresholdsOf, todayOf } from './report-gate.js';

/** One build: runs, reports findings, a one-line summary to stderr; returns the exit code. */
export async function buildOnce(config: WorkspaceConfig, flags: BuildFlags, io: CliIo, clean: boolean): Promise<number> {
  const started = performance.now();
  const targets = targetsOf(flags, io);
  const isCi = Boolean(io.env.CI) && io.env.CI !== 'false';
  const progress = await createProgress(io.stderrIsTTY && !isCi && !flags.quiet && flags.progress, process.stderr, config.lang);
  const today = todayOf(flags, io);
  const epoch = epochFromEnv(io);
  const jobs = threadsFromFlag(flags.jobs);
  let result: BuildResult;
  try {
    result = await build({
      cwd: io.cwd,
      config,
      allowErrors: Boolean(flags.allowErrors),
      cache: flags.cache,
      clean,
      thresholds: thresholdsOf(flags),
      baseline: baselineOf(flags),
      ...(today ? { today } : {}),
      ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
      ...(jobs !== undefined ? { jobs } : {}),
      onProgress: (_phase, d, t) => (t >= 20 ? progress.update(d, t) : undefined),
      onLockWait: (owner) =>
        io.stderr(
          config.lang === 'en'
            ? `notice build: another build (pid ${owner.pid}) is writing to this output folder; waiting for it to finish…\n`
            : `notice build: otra compilación (pid ${owner.pid}) está escribiendo en esta carpeta de salida; esperando a que termine…\n`,
        ),
    });
  } finally {
    progress.stop();
  }
  // A clean build says nothing on stdout (scripts read the folder, not the report).
  // Run notes (which ruleset applied) are not findings: a clean build still says nothing.
  const visible = result.diagnostics.filter((d) => !d.suppressed && !RUN_INFO_CODES.has(d.code));
  const quietStylish = targets.every((t) => t.format === 'stylish' && t.file === undefined) && visible.length === 0;
  const code = await reportAndExit({ ...result, lang: config.lang }, quietStylish ? [] : targets, flags, io);
  if (!flags.quiet) {
    const t = translator(config.lang);
    if (result.notices.length === 0) io.stderr(t('notice: aún no hay avisos: cree uno con «npx notice new <id>».\n', 'notice: no notices yet: create one with "npx notice new <id>".\n'));
    if (!config.baseUrl) io.stderr(`notice: ${catalogueMessage('CONFIG-BASE-URL-MISSING', config.lang, { file: config.file ? workspacePath(io.cwd, config.file) : 'notice.config.yaml' })}\n`);
    io.stderr(summaryLine(result, config, performance.now() - started) + '\n');
  }
  return code;
}

function summaryLine(o: BuildResult, config: WorkspaceConfig, ms: number): string {
  const n = countDiagnostics(o.diagnostics);
  const count = (s: string) => o.notices.filter((x) => x.status === s).length;
  const cached = o.notices.filter((x) => x.cached).length;
  const secs = (ms / 1000).toFixed(2);
  if (config.lang === 'en') {
    return `notice build: ${o.notices.length} notice(s) (${count('built')} built, ${count('draft')} draft, ${count('failed') + count('stale')} failed, ${cached} from cache) · ${o.written ? `${o.bundleFiles} file(s) written` : 'output unchanged'} · ${n.warning} warning(s) · ${n.error} error(s) · ${secs} s`;
  }
  return `notice build: ${o.notices.length} aviso(s) (${count('built')} publicados, ${count('draft')} borradores, ${count('failed') + count('stale')} fallidos, ${cached} de caché) · ${o.written ? `${o.bundleFiles} archivo(s) escritos` : 'salida sin cambios'} · ${n.warning} advertencia(s) · ${n.error} error(es) · ${secs} s`;
}

export async function runBuildCommand(paths: string[], flags: BuildFlags, io: CliIo): Promise<number> {
  if (flags.asOf !== undefined) {
    throw new UsageError('--as-of es una auditoría histórica y no publica: use `notice check --as-of AAAA-MM-DD`.', { en: '--as-of is a historical audit and publishes nothing: use `notice check --as-of YYYY-MM-DD`.' });
  }
  if (flags.printConfig !== undefined) return printConfig(flags.printConfig, flags, io);
  targetsOf(flags, io);
  const config = await configFromFlags(paths, flags, io);
  assertPublishableBaseUrl(config, io.cwd, config.lang, flags.baseUrl !== undefined);
  const code = await buildOnce(config, flags, io, Boolean(flags.clean));
  if (!flags.watch) return code;
  const { watchBuild } = await import('../watch.js');
  return watchBuild({ config, rebuild: (cfg) => buildOnce(cfg, flags, io, false), reload: () => configFromFlags(paths, flags, io), log: io.stderr });
}
