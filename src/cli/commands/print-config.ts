import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluationFor } from '../../api/evaluation.js';
import { loadConfig } from '../../config/load-config.js';
import { UsageError } from '../../errors.js';
import { workspacePath } from '../../io/find-notices.js';
import { appliedRules } from '../../rules/rulesets.js';
import { selectRuleset } from '../../rules/select-ruleset.js';
import type { CliIo } from '../io-context.js';
import type { Lang } from '../../diagnostics/diagnostic.js';
import { todayOf } from './report-gate.js';

/** What --print-config reads of the flags of `check` or `build`. */
export interface PrintConfigFlags {
  config?: string;
  lang?: Lang;
  today?: string;
  asOf?: string;
}

/**
 * `--print-config <file>` (ESLint's): the configuration that applies to that notice as JSON — the
 * config file found, every setting after defaults and flags, the ruleset the law in force selects
 * and each rule's effective severity. Paths are workspace-relative. Nothing is checked.
 */
export async function printConfig(file: string, flags: PrintConfigFlags, io: CliIo): Promise<number> {
  const abs = resolve(io.cwd, file);
  if (!existsSync(abs)) throw new UsageError(`No existe el archivo «${file}».`, { en: `No such file "${file}".` });
  const config = await loadConfig({ cwd: io.cwd, explicitFile: flags.config, lang: flags.lang, overrides: { ...(flags.lang ? { lang: flags.lang } : {}) } });
  const evaluation = evaluationFor(todayOf(flags, io), flags.asOf);
  const selection = selectRuleset(evaluation);
  const rules: Record<string, string> = {};
  for (const a of appliedRules(selection.ruleset)) rules[a.rule.id] = config.rules[a.rule.id] ?? a.severity;
  const rel = (p: string | undefined) => (p === undefined ? null : workspacePath(io.cwd, p));
  const out = {
    file: workspacePath(io.cwd, abs),
    configFile: rel(config.file),
    // Whether the notices of the config include this file is for `check` to say; here only the settings.
    root: rel(config.root),
    notices: config.notices,
    noticesBase: rel(config.noticesBase),
    out: rel(config.out),
    formats: config.formats,
    baseUrl: config.baseUrl ?? null,
    lang: config.lang,
    paper: config.paper,
    templates: rel(config.templates),
    theme: config.theme,
    cacheDir: rel(config.cacheDir),
    today: evaluation.today,
    ...(evaluation.asOf ? { asOf: evaluation.asOf } : {}),
    ruleset: selection.ruleset,
    rules,
  };
  io.stdout(JSON.stringify(out, null, 2) + '\n');
  return 0;
}
