import { checkSource, type CheckedNotice, type CheckOptions } from '../check/check-notice.js';
import type { RuleSetting } from '../config/types.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import type { RulesetId } from '../rules/types.js';

export interface CheckOneOptions {
  lang: Lang;
  today?: string;
  /** The config's `rules:` severities, passed to the rules engine as overrides. */
  rules?: Record<string, RuleSetting>;
  /** Default law for notices that do not declare `law` (config `law`). */
  law?: 'LGPDPPSO-2025' | 'LGPDPPSO-2017';
}

/** What crosses a worker thread: findings, the ruleset, and the plain data for workspace rules. */
export interface CheckOneResult {
  diagnostics: Diagnostic[];
  ruleset?: RulesetId;
  notice?: Notice;
}

/** The engine's options for one source: a default law applies only when the notice has no `law:`. */
export function checkOptionsFor(text: string, options: CheckOneOptions): CheckOptions {
  const declaresLaw = /^law\s*:/m.test(text);
  return {
    lang: options.lang,
    ...(options.today ? { today: options.today } : {}),
    ...(options.rules ? { overrides: options.rules } : {}),
    ...(options.law && !declaresLaw ? { ruleset: options.law === 'LGPDPPSO-2017' ? 'lgpdppso-2017' : 'lgpdppso-2025' } : {}),
  };
}

export function checkOneFull(file: string, text: string, options: CheckOneOptions): CheckedNotice {
  return checkSource(file, text, checkOptionsFor(text, options));
}

/** Check one notice in memory; plain data out. */
export function checkOne(file: string, text: string, options: CheckOneOptions): CheckOneResult {
  const c = checkOneFull(file, text, options);
  return { diagnostics: c.diagnostics, ruleset: c.ruleset, notice: c.notice && typeof c.notice === 'object' ? c.notice : undefined };
}
