import type { Citation, Confidence, Lang, Severity } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import type { NoticeFacts } from './shared/facts.js';

export type RulesetId = 'lgpdppso-2025' | 'lgpdppso-2017';

/** A message in both product languages; `{name}` placeholders are filled from report data. */
export type Localized = Record<Lang, string>;

/** What the rule's documentation page and `notice explain` say, in both languages. */
export interface RuleDocs {
  /** What the rule checks. */
  checks: Localized;
  /** Why the law requires it. */
  why: Localized;
  /** How to fix the notice. */
  fix: Localized;
}

export interface Report<M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** RFC 6901 pointer into the notice ('' for the whole notice). */
  pointer: string;
  /** Point at the key of the entry (default) or at its value. */
  target?: 'key' | 'value';
  /**
   * Point at part of a string value: [start, end) offsets into the parsed string (e.g. the vague
   * phrase inside a multi-line scalar). The runner maps them to source positions.
   */
  span?: readonly [number, number];
  /** Free-text "why / what to write instead" line, already localized by the rule. */
  notes?: string[];
}

export interface RuleContext<M extends string = string> {
  notice: Notice;
  facts: NoticeFacts;
  lang: Lang;
  /**
   * YYYY-MM-DD: the date the notice is judged at (the run's today, or the --as-of date of a
   * historical audit). An input of the run; rules never read the clock.
   */
  today: string;
  ruleset: RulesetId;
  /**
   * The workspace's `baseUrl` (notice.config.yaml), when it has one: a build publishes the notice
   * under it, so a pair's simplified notice links its integral page there.
   */
  baseUrl?: string;
  report(r: Report<M>): void;
}

export interface RuleDefinition<M extends string = string> {
  /** Stable kebab-case id; equals the file name and the diagnostic code. */
  id: string;
  title: Localized;
  /** Citation under the 2025 law; rulesets may re-cite (e.g. 2017 numbering). */
  citation: Citation;
  confidence: Confidence;
  /**
   * The cited provision's own words, verbatim from the law text (whitespace normalised; separate
   * fragments joined with " … "). Required when confidence is VERIFIED: test/rules/quotes.test.ts
   * finds every fragment in the law text.
   */
  quote?: string;
  /** Default severity suggested by the rule's author; the ruleset decides. */
  defaultSeverity: Severity;
  messages: Record<M, Localized>;
  docs: RuleDocs;
  /** Per-notice check. Exactly one of `check` and `checkWorkspace` is set. */
  check?(ctx: RuleContext<M>): void;
  /** Check across every notice of a run (e.g. the same controller's notices must agree). */
  checkWorkspace?(ctx: WorkspaceContext<M>): void;
  /**
   * Workspace rules: the top-level keys of the notice the rule reads. The runner sends only these
   * from the worker threads; a workspace rule without `needs` receives the whole notice.
   */
  needs?: readonly (keyof Notice)[];
}

export interface WorkspaceNotice {
  file: string;
  notice: Notice;
}

export interface WorkspaceContext<M extends string = string> {
  notices: WorkspaceNotice[];
  lang: Lang;
  /** `file` is the notice the finding is reported on; `related` the other notices it involves. */
  report(r: Report<M> & { file: string; related?: string[] }): void;
}

/** One ruleset entry: the rule's severity and (optionally) its citation under this ruleset. */
export interface RulesetEntry {
  severity: Severity;
  citation?: Citation;
  confidence?: Confidence;
}

export interface Ruleset {
  id: RulesetId;
  title: Localized;
  law: Citation['law'];
  rules: Record<string, RulesetEntry>;
}

/** A rule's severity as the user configures it (`rules:` in notice.config.yaml). */
export type RuleSetting = Severity | 'off';

/** User configuration: a severity per rule, or 'off'. */
export type SeverityOverrides = Record<string, RuleSetting>;
