import { loadConfig } from '../../config/load-config.js';
import type { ConfigOverrides, FormatName, WorkspaceConfig } from '../../config/types.js';
import type { Lang } from '../../diagnostics/diagnostic.js';
import { UsageError } from '../../errors.js';
import { parseSourceDateEpoch } from '../../pipeline/epoch.js';
import type { CliIo } from '../io-context.js';
import { withEnvLang } from '../lang.js';
import type { ReportFlags } from './report-gate.js';

export interface BuildFlags extends ReportFlags {
  config?: string;
  out?: string;
  formats?: string[];
  baseUrl?: string;
  paper?: 'letter' | 'a4';
  templates?: string;
  cacheDir?: string;
  lang?: Lang;
  allowErrors?: boolean;
  cache: boolean;
  clean?: boolean;
  watch?: boolean;
  jobs?: string;
  quiet?: boolean;
  progress: boolean;
  asOf?: string;
  printConfig?: string;
}

/** Config file + CLI flags -> effective workspace config (flags win). */
export function configFromFlags(paths: string[], given: BuildFlags, io: CliIo): Promise<WorkspaceConfig> {
  const flags = withEnvLang(given, io.env);
  const overrides: ConfigOverrides = {
    notices: paths.length > 0 ? paths : undefined,
    out: flags.out,
    formats: flags.formats as FormatName[] | undefined,
    baseUrl: flags.baseUrl,
    paper: flags.paper,
    templates: flags.templates,
    cacheDir: flags.cacheDir,
    lang: flags.lang,
  };
  return loadConfig({ cwd: io.cwd, explicitFile: flags.config, overrides, lang: flags.lang, warn: (text) => io.stderr(`notice: ${text}\n`) });
}

export function threadsFromFlag(jobs: string | undefined): number | undefined {
  if (jobs === undefined) return undefined;
  if (!/^\d+$/.test(jobs) || Number(jobs) < 1) throw new UsageError(`--jobs debe ser un número entero positivo, no «${jobs}».`, { en: `--jobs must be a positive integer, not "${jobs}".` });
  return Number(jobs);
}

export function epochFromEnv(io: CliIo): number | undefined {
  try {
    return parseSourceDateEpoch(io.env.SOURCE_DATE_EPOCH);
  } catch {
    throw new UsageError(`SOURCE_DATE_EPOCH debe ser un número entero de segundos, no «${io.env.SOURCE_DATE_EPOCH}».`, { en: `SOURCE_DATE_EPOCH must be a whole number of seconds, not "${io.env.SOURCE_DATE_EPOCH}".` });
  }
}
