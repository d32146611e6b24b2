import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import { runWorkspaceRules } from '../rules/run-workspace-rules.js';
import type { RulesetId } from '../rules/types.js';
import { parseYaml, type ParsedSource } from '../source/parse-yaml.js';
import type { CheckOneOptions } from './check-one.js';

export interface WorkspaceItem {
  file: string;
  text: string;
  notice?: Notice;
  ruleset?: RulesetId;
}

/**
 * A ParsedSource that parses only when a finding needs a position: notices were checked on worker
 * threads, and re-parsing all of them here would serialise the work the workers shared.
 */
function lazySource(file: string, text: string, lang: Lang): ParsedSource {
  let real: ParsedSource | undefined;
  return new Proxy({} as ParsedSource, { get: (_t, prop) => Reflect.get((real ??= parseYaml(file, text, lang)), prop) });
}

/** The rules across notices (same controller, one Transparency Unit…), over plain notice data. */
export function workspaceFindings(items: readonly WorkspaceItem[], options: CheckOneOptions): Diagnostic[] {
  const inputs = items.filter((i) => i.notice).map((i) => ({ file: i.file, notice: i.notice, ruleset: i.ruleset, source: lazySource(i.file, i.text, options.lang) }));
  if (inputs.length < 2) return [];
  return runWorkspaceRules(inputs, { lang: options.lang, ...(options.today ? { today: options.today } : {}), ...(options.rules ? { overrides: options.rules } : {}) });
}
