import { performance } from 'node:perf_hooks';
import { runBuild, type BuildOutcome } from '../../build/run-build.js';
import { createProgress } from '../../build/progress.js';
import type { WorkspaceConfig } from '../../config/types.js';
import { atLeast, countDiagnostics } from '../../diagnostics/collect.js';
import { UsageError } from '../../errors.js';
import { REPORTERS, reporterNames } from '../../report/registry.js';
import { useColor, type CliIo } from '../io-context.js';
import { toolVersion } from '../version.js';
import { configFromFlags, epochFromEnv, threadsFromFlag, type BuildFlags } from './build-options.js';

/** One build: runs, reports findings to stdout, a one-line summary to stderr; returns the exit code. */
export async function buildOnce(config: WorkspaceConfig, flags: BuildFlags, io: CliIo, clean: boolean): Promise<number> {
  const started = performance.now();
  const isCi = Boolean(io.env.CI) && io.env.CI !== 'false';
  const progress = await createProgress(io.stderrIsTTY && !isCi && !flags.quiet && flags.progress, process.stderr, config.lang);
  let outcome: BuildOutcome;
  try {
    outcome = await runBuild({
      config,
      cwd: io.cwd,
      toolVersion: toolVersion(),
      allowErrors: Boolean(flags.allowErrors),
      cache: flags.cache,
      clean,
      sourceDateEpoch: epochFromEnv(io),
      threads: threadsFromFlag(flags.jobs),
      onProgress: (d, t) => (t >= 20 ? progress.update(d, t) : undefined),
    });
  } finally {
    progress.stop();
  }
  const reporter = REPORTERS[flags.format]!;
  const visible = outcome.diagnostics.filter((d) => !d.suppressed);
  if (flags.format !== 'stylish' || visible.length > 0) {
    const color = flags.format === 'stylish' && useColor(io, flags.color);
    io.stdout(reporter({ diagnostics: outcome.diagnostics, sources: outcome.sources, files: outcome.files, lang: config.lang, color, toolVersion: toolVersion() }));
  }
  if (!flags.quiet) io.stderr(summaryLine(outcome, config, performance.now() - started) + '\n');
  if (outcome.ioFailure) return 2;
  const failing = visible.some((d) => atLeast(d.severity, flags.failOn));
  return failing || outcome.notices.some((n) => n.status !== 'built') ? 1 : 0;
}

function summaryLine(o: BuildOutcome, config: WorkspaceConfig, ms: number): string {
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
  if (!REPORTERS[flags.format]) throw new UsageError(`Formato de reporte desconocido «${flags.format}». Formatos: ${reporterNames().join(', ')}.`);
  const config = await configFromFlags(paths, flags, io);
  const code = await buildOnce(config, flags, io, Boolean(flags.clean));
  if (!flags.watch) return code;
  const { watchBuild } = await import('../../build/watch.js');
  return watchBuild({ config, rebuild: (cfg) => buildOnce(cfg, flags, io, false), reload: () => configFromFlags(paths, flags, io), log: io.stderr });
}
