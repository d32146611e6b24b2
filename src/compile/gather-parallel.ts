import { toolVersion } from '../cli/version.js';
import { loadConfig } from '../config/load-config.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { RulesetId } from '../rules/types.js';
import { checkFiles } from './check-files.js';

/** What a checking step produces for `notice check`: findings, sources for code frames, rulesets. */
export interface GatheredFindings {
  files: string[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  /** Ruleset each notice was checked with (absent when rules did not run, e.g. a YAML error). */
  rulesets: Map<string, RulesetId>;
  /** A notice could not be read: the run exits 2 whatever the findings. */
  ioFailure: boolean;
}

/**
 * A drop-in `Gatherer` for `notice check`: the workspace config's rule severities, default law and
 * cache folder; parsing, validation and rules on worker threads; unchanged notices from the cache.
 */
export async function gatherParallel(absFiles: readonly string[], lang: Lang, cwd: string): Promise<GatheredFindings> {
  const config = await loadConfig({ cwd, lang });
  const results = await checkFiles(absFiles, { cwd, lang, rules: config.rules, law: config.law, cacheDir: config.cacheDir, toolVersion: toolVersion() });
  const out: GatheredFindings = { files: [], diagnostics: [], sources: new Map(), rulesets: new Map(), ioFailure: false };
  for (const r of results) {
    out.files.push(r.file);
    out.diagnostics.push(...r.diagnostics);
    if (r.text !== undefined) out.sources.set(r.file, r.text);
    if (r.ruleset) out.rulesets.set(r.file, r.ruleset);
    if (r.ioError) out.ioFailure = true;
  }
  return out;
}
