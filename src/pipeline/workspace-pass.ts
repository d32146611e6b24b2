import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import { runWorkspaceRules } from '../rules/run-workspace-rules.js';
import type { Evaluation } from '../rules/select-ruleset.js';
import type { SeverityOverrides } from '../rules/types.js';
import { parseYaml, type ParsedSource } from '../source/parse-yaml.js';

export interface WorkspaceItem {
  file: string;
  /** The text is read (decoded) only when a finding needs a position. */
  source: { readonly text: string };
  /** Set only for notices that passed the schema. */
  notice: Notice;
}

/**
 * A ParsedSource that parses only when a finding needs a position: notices were checked on worker
 * threads, and re-parsing all of them here would serialise the work the workers shared.
 */
function lazySource(file: string, source: { readonly text: string }, lang: Lang): ParsedSource {
  let real: ParsedSource | undefined;
  return new Proxy({} as ParsedSource, { get: (_t, prop) => Reflect.get((real ??= parseYaml(file, source.text, lang)), prop) });
}

/** The rules across notices (same controller, one Transparency Unit…), over schema-valid notices. */
export function workspaceFindings(items: readonly WorkspaceItem[], options: { lang: Lang; evaluation: Evaluation; overrides?: SeverityOverrides }): Diagnostic[] {
  if (items.length === 0) return [];
  const inputs = items.map((i) => ({ file: i.file, notice: i.notice, source: lazySource(i.file, i.source, options.lang) }));
  return runWorkspaceRules(inputs, options);
}
