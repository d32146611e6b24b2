import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import type { ParsedSource } from '../source/parse-yaml.js';

export interface NoticeRuleInput {
  file: string;
  notice: Notice;
  source: ParsedSource;
  lang: Lang;
  schemaValid: boolean;
  today?: string;
}

/** Runs the legal ruleset over one notice. The LGPDPPSO rules plug in here (see rules/). */
export function runNoticeRules(_input: NoticeRuleInput): Diagnostic[] {
  return [];
}
