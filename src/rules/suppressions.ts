import { closest } from 'fastest-levenshtein';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import type { ParsedSource } from '../source/parse-yaml.js';
import { rangeForPointer } from '../source/locate.js';
import { makeDiagnostic } from '../diagnostics/catalogue/index.js';
import { RULE_IDS, getRule } from './registry.js';

type Entry = NonNullable<Notice['suppressions']>[number];

export interface SuppressionInput {
  file: string;
  notice: Notice;
  source: ParsedSource;
  lang: Lang;
  today: string;
  /** Which rules this pass ran: suppressions of other rules are left for their pass. */
  scope: (ruleId: string) => boolean;
  /** Report suppressions naming no known rule (done once, in the per-notice pass). */
  reportUnknown: boolean;
}

function expired(until: string | undefined, today: string): boolean {
  if (!until) return false;
  return until.length === 7 ? today.slice(0, 7) >= until : today >= until;
}

function covers(s: Entry, d: Diagnostic): boolean {
  if (d.rule !== s.rule) return false;
  if (s.at === undefined || s.at === '') return true;
  return d.pointer === s.at || d.pointer.startsWith(`${s.at}/`);
}

/**
 * Applies the notice's `suppressions` to its rule findings (marking them `suppressed`, keeping them
 * for the audit trail) and reports unused, expired and unknown suppressions.
 */
export function applySuppressions(findings: Diagnostic[], input: SuppressionInput): Diagnostic[] {
  const list = Array.isArray(input.notice.suppressions) ? input.notice.suppressions : [];
  const extra: Diagnostic[] = [];
  const push = (code: 'SUPPRESSION-UNUSED' | 'SUPPRESSION-EXPIRED' | 'SUPPRESSION-UNKNOWN-RULE', pointer: string, data: Record<string, unknown>): void => {
    extra.push(makeDiagnostic(code, input.lang, data, { file: input.file, pointer, range: rangeForPointer(input.source.tree, input.source.lineCounter, pointer, 'value') }));
  };
  list.forEach((s, i) => {
    if (!s || typeof s.rule !== 'string' || typeof s.reason !== 'string') return;
    const at = `/suppressions/${i}`;
    if (!getRule(s.rule)) {
      if (input.reportUnknown) {
        const guess = closest(s.rule, RULE_IDS);
        const es = input.lang === 'es';
        push('SUPPRESSION-UNKNOWN-RULE', `${at}/rule`, { rule: s.rule, suggestion: guess ? (es ? ` ¿Quiso decir «${guess}»?` : ` Did you mean "${guess}"?`) : '' });
      }
      return;
    }
    if (!input.scope(s.rule)) return;
    if (expired(s.until, input.today)) {
      push('SUPPRESSION-EXPIRED', `${at}/until`, { rule: s.rule, until: s.until });
      return;
    }
    let used = false;
    for (const d of findings) {
      if (!d.suppressed && covers(s, d)) {
        d.suppressed = { reason: s.reason, ...(s.until ? { until: s.until } : {}), source: 'inline' };
        used = true;
      }
    }
    if (!used) push('SUPPRESSION-UNUSED', at, { rule: s.rule, at: s.at ? ` (${s.at})` : '' });
  });
  return extra;
}
