import type { Diagnostic, Lang, Severity } from '../diagnostics/diagnostic.js';
import { docsUrlFor } from '../diagnostics/docs.js';
import { InternalError } from '../errors.js';
import { fill, makeDiagnostic } from '../diagnostics/catalogue/index.js';
import type { Notice } from '../model/notice.js';
import type { ParsedSource } from '../source/parse-yaml.js';
import { rangeForPointer } from '../source/locate.js';
import { appliedRules, RULESETS, type AppliedRule } from './rulesets.js';
import { evaluationDate, reasonText, selectRuleset, type Evaluation } from './select-ruleset.js';
import { getRule } from './registry.js';
import { noticeFacts } from './shared/facts.js';
import { spanRange } from './shared/span.js';
import { applySuppressions } from './suppressions.js';
import type { Report, RulesetId, SeverityOverrides } from './types.js';

export interface NoticeRuleInput {
  file: string;
  notice: Notice;
  source: ParsedSource;
  lang: Lang;
  schemaValid: boolean;
  /** Today (and a historical audit date, if any): inputs of the run, never the wall clock. */
  evaluation: Evaluation;
  /** User configuration: a severity per rule id, or 'off'. */
  overrides?: SeverityOverrides;
  /** The workspace's base URL, where a build publishes each notice. */
  baseUrl?: string;
}

export interface NoticeRuleResult {
  ruleset: RulesetId;
  diagnostics: Diagnostic[];
}

/** Turns one rule report into a Diagnostic: message, range, citation, docs link. */
export function toDiagnostic(applied: AppliedRule, severity: Severity, r: Report, file: string, source: ParsedSource, lang: Lang): Diagnostic {
  const template = applied.rule.messages[r.messageId];
  if (!template) throw new InternalError(`Rule ${applied.rule.id} reported an unknown message id: ${r.messageId}`);
  return {
    code: applied.rule.id,
    rule: applied.rule.id,
    severity,
    message: fill(template[lang], r.data),
    file,
    pointer: r.pointer,
    range: (r.span && spanRange(source, r.pointer, r.span)) || rangeForPointer(source.tree, source.lineCounter, r.pointer, r.target ?? 'key'),
    citation: applied.citation,
    confidence: applied.confidence,
    docsUrl: docsUrlFor(applied.rule.id),
    ...(r.notes?.length ? { notes: r.notes.map((message) => ({ message })) } : {}),
  };
}

function garbled(data: Record<string, unknown> | undefined): boolean {
  return Object.values(data ?? {}).some(
    (v) => v === undefined || Number.isNaN(v) || (v !== null && typeof v === 'object') || (typeof v === 'string' && /\[object Object\]|\bundefined\b/.test(v)),
  );
}

export function effectiveSeverity(applied: AppliedRule, overrides: SeverityOverrides | undefined): Severity | 'off' {
  return overrides?.[applied.rule.id] ?? applied.severity;
}

/** Runs the selected ruleset over one notice, with severities, suppressions and the selection note. */
export function runNoticeRulesDetailed(input: NoticeRuleInput): NoticeRuleResult {
  const { file, notice, source, lang } = input;
  const selection = selectRuleset(input.evaluation);
  // A note about the run, on the whole notice (no position: nothing in the notice chose it).
  const out: Diagnostic[] = [makeDiagnostic('RULESET-SELECTED', lang, { ruleset: selection.ruleset, reason: reasonText(selection, lang) }, { file })];
  const facts = noticeFacts(notice);
  const findings: Diagnostic[] = [];
  for (const applied of appliedRules(selection.ruleset)) {
    const check = applied.rule.check;
    if (!check) continue;
    const severity = effectiveSeverity(applied, input.overrides);
    if (severity === 'off') continue;
    try {
      check({
        notice,
        facts,
        lang,
        today: evaluationDate(input.evaluation),
        ruleset: selection.ruleset,
        ...(input.baseUrl ? { baseUrl: input.baseUrl } : {}),
        // On a notice that failed the schema a rule may read a list where it expects a text, or
        // nothing where it expects a value: a finding that would print "[object Object]" or
        // "undefined" says nothing the schema findings do not.
        report: (r) => (input.schemaValid || !garbled(r.data) ? findings.push(toDiagnostic(applied, severity, r, file, source, lang)) : 0),
      });
    } catch (e) {
      // A notice that failed the schema may have shapes a rule does not expect: the schema
      // findings already say what is wrong. On a valid notice a crash is a bug.
      if (input.schemaValid) throw new InternalError(`Rule ${applied.rule.id} failed on ${file}: ${(e as Error).message}`, { cause: e });
    }
  }
  const perNotice = (id: string): boolean => Boolean(RULESETS[selection.ruleset].rules[id]) && !getRule(id)?.checkWorkspace;
  out.push(...findings, ...applySuppressions(findings, { file, notice, source, lang, today: input.evaluation.today, scope: perNotice, reportUnknown: true }));
  return { ruleset: selection.ruleset, diagnostics: out };
}

/** Runs the legal ruleset over one notice (see runNoticeRulesDetailed). */
export function runNoticeRules(input: NoticeRuleInput): Diagnostic[] {
  return runNoticeRulesDetailed(input).diagnostics;
}
