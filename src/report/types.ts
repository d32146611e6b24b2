import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';

export interface ReportInput {
  diagnostics: readonly Diagnostic[];
  /** Source text per workspace-relative file, for code frames. */
  sources: ReadonlyMap<string, string>;
  /** Every file that was checked, also those without findings. */
  files: readonly string[];
  lang: 'es' | 'en';
  color: boolean;
  toolVersion: string;
  /** Ruleset per file, when rules ran. */
  rulesets?: ReadonlyMap<string, string>;
}

/** A reporter is a pure function from findings to text; the CLI decides where the text goes. */
export type Reporter = (input: ReportInput) => string;

export type { Diagnostic, Lang };
