import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import { RULESETS } from '../rules/rulesets.js';
import type { RulesetId } from '../rules/types.js';
import { checkSource } from './check-source.js';
import type { CachedCheck, NoticeMeta, NoticeOptions } from './types.js';

/** Phase 1 for one notice, as plain data (it crosses threads): findings, ruleset, data when valid. */
export interface CheckedNotice extends CachedCheck {
  /** The notice data, when it passed the schema (for the rules across notices and for compiling). */
  notice?: Notice;
}

export function metaOf(notice: Notice, ruleset: RulesetId | undefined): NoticeMeta {
  return {
    id: notice.id,
    title: notice.title,
    controller: notice.controller?.name ?? '',
    updated: typeof notice.updated === 'string' ? notice.updated : '',
    law: ruleset ? RULESETS[ruleset].law : '',
    ...(notice.publication?.integralUrl ? { integralUrl: notice.publication.integralUrl } : {}),
  };
}

/**
 * Parses, validates and lints one notice in memory. Pure: no I/O, no clock. `keep` names the
 * top-level keys of the data to return (what the rules across notices read), so a worker thread
 * sends back only those; all of them when absent. `full` is the whole notice, for a compile that
 * follows in the same task (never sent across threads).
 */
export function checkNotice(file: string, text: string, options: Pick<NoticeOptions, 'lang' | 'evaluation' | 'rules' | 'baseUrl'>, keep?: readonly string[], light = false): CheckedNotice & { full?: Notice } {
  // Light: schema only, for a notice that is not reported but takes part in the rules across notices.
  const c = checkSource(file, text, { lang: options.lang, evaluation: options.evaluation, ...(options.rules ? { overrides: options.rules } : {}), ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}), ...(light ? { rules: false } : {}) });
  const diagnostics: Diagnostic[] = c.diagnostics;
  if (!c.schemaValid || !c.notice) return { diagnostics, schemaValid: false, ...(c.ruleset ? { ruleset: c.ruleset } : {}) };
  const notice = keep ? (Object.fromEntries(keep.filter((k) => k in c.notice!).map((k) => [k, (c.notice as unknown as Record<string, unknown>)[k]])) as unknown as Notice) : c.notice;
  return { diagnostics, schemaValid: true, ...(c.ruleset ? { ruleset: c.ruleset } : {}), meta: metaOf(c.notice, c.ruleset), notice, full: c.notice };
}
