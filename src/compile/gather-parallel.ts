import { toolVersion } from '../cli/version.js';
import { loadConfig } from '../config/load-config.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { RulesetId } from '../rules/types.js';
import { checkFiles } from './check-files.js';

/** Structurally the `Gathered` of src/cli/commands/check.ts (kept local: compile/ does not import commands). */
export interface GatheredFindings {
  files: string[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  rulesets: Map<string, RulesetId>;
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
