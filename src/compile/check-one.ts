import { checkSource, type CheckOptions } from '../check/check-notice.js';
import type { RuleSetting } from '../config/types.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { applyRuleOverrides } from './rule-overrides.js';

export interface CheckOneOptions {
  lang: Lang;
  today?: string;
  rules?: Record<string, RuleSetting>;
  law?: 'LGPDPPSO-2025' | 'LGPDPPSO-2017';
}

/** Check one notice in memory and apply the config's rule severities; plain data out. */
export function checkOne(file: string, text: string, options: CheckOneOptions): Diagnostic[] {
  const checkOptions: CheckOptions & { overrides?: CheckOneOptions['rules']; defaultLaw?: string } = {
    lang: options.lang,
    today: options.today,
    overrides: options.rules,
    defaultLaw: options.law,
  };
  return applyRuleOverrides(checkSource(file, text, checkOptions).diagnostics, options.rules);
}
