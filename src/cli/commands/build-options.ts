import { loadConfig } from '../../config/load-config.js';
import type { ConfigOverrides, FormatName, WorkspaceConfig } from '../../config/types.js';
import { parseSourceDateEpoch } from '../../compile/epoch.js';
import type { Lang, Severity } from '../../diagnostics/diagnostic.js';
import { UsageError } from '../../errors.js';
import type { CliIo } from '../io-context.js';

export interface BuildFlags {
  config?: string;
  out?: string;
  formats?: string[];
  baseUrl?: string;
  law?: 'LGPDPPSO-2025' | 'LGPDPPSO-2017';
  paper?: 'letter' | 'a4';
  templates?: string;
  cacheDir?: string;
  lang?: Lang;
  format: string;
  failOn: Severity;
  allowErrors?: boolean;
  cache: boolean;
  clean?: boolean;
  watch?: boolean;
  jobs?: string;
  quiet?: boolean;
  progress: boolean;
  color?: boolean;
}

/** Config file + CLI flags -> effective workspace config (flags win). */
export function configFromFlags(paths: string[], flags: BuildFlags, io: CliIo): Promise<WorkspaceConfig> {
  const overrides: ConfigOverrides = {
    notices: paths.length > 0 ? paths : undefined,
    out: flags.out,
    formats: flags.formats as FormatName[] | undefined,
    baseUrl: flags.baseUrl,
    law: flags.law,
    paper: flags.paper,
    templates: flags.templates,
    cacheDir: flags.cacheDir,
    lang: flags.lang,
  };
  return loadConfig({ cwd: io.cwd, explicitFile: flags.config, overrides, lang: flags.lang });
}

export function threadsFromFlag(jobs: string | undefined): number | undefined {
  if (jobs === undefined) return undefined;
  if (!/^\d+$/.test(jobs) || Number(jobs) < 1) throw new UsageError(`--jobs debe ser un número entero positivo, no «${jobs}».`);
  return Number(jobs);
}

export function epochFromEnv(io: CliIo): number | undefined {
  try {
    return parseSourceDateEpoch(io.env.SOURCE_DATE_EPOCH);
  } catch {
    throw new UsageError(`SOURCE_DATE_EPOCH debe ser un número entero de segundos, no «${io.env.SOURCE_DATE_EPOCH}».`);
  }
}
