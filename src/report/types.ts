import type { Diagnostic, Lang, RuleInfo, Severity } from '../diagnostics/diagnostic.js';

export type { RuleInfo };

export interface ReportInput {
  diagnostics: readonly Diagnostic[];
  /** Source text per workspace-relative file, for code frames and artifact hashes. */
  sources: ReadonlyMap<string, string>;
  /** Every file that was checked, also those without findings. */
  files: readonly string[];
  lang: 'es' | 'en';
  color: boolean;
  toolVersion: string;
  /** Ruleset per file, when rules ran. */
  rulesets?: ReadonlyMap<string, string>;
  /** The --fail-on threshold; reporters that mark pass/fail (JUnit, markdown) use it. Default 'error'. */
  failOn?: Severity;
  /** The --max-warnings threshold, when given: the markdown summary says when it is exceeded. */
  maxWarnings?: number;
  /** Metadata of the rules that ran (all of them, also those without findings), when known. */
  rules?: readonly RuleInfo[];
  /** Ids of the rules that ran on each file (its ruleset); JUnit lists one case per rule. */
  rulesByFile?: ReadonlyMap<string, readonly string[]>;
}

/** A reporter is a pure function from findings to text; the CLI decides where the text goes. */
export type Reporter = (input: ReportInput) => string;

export type { Diagnostic, Lang };
