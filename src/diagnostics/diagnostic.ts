/** Severity after ruleset, config and suppressions. A string union, never a numeric enum. */
export type Severity = 'error' | 'warning' | 'info';

/** How sure we are of a legal citation (see the legal requirements guide). */
export type Confidence = 'VERIFIED' | 'CORROBORATED' | 'UNVERIFIED';

export type LawId = 'LGPDPPSO-2025' | 'LGPDPPSO-2017' | 'LFPDPPP-2025';

/** 1-based line and column, columns counted in characters (UTF-16 code units). */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A structured legal citation, printed by one formatter (formatCitation). */
export interface Citation {
  law: LawId;
  article: number;
  fraction?: string;
  paragraph?: string;
  inciso?: string;
}

export type Lang = 'es' | 'en';

/** One finding of any stage: YAML syntax, schema, rule, render or I/O. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  detail?: string;
  /** Workspace-relative path with forward slashes. */
  file: string;
  /** RFC 6901 JSON pointer into the notice, '' for the whole document. */
  pointer: string;
  range?: Range;
  rule?: string;
  citation?: Citation;
  confidence?: Confidence;
  docsUrl?: string;
  notes?: DiagnosticNote[];
  /** Other files a finding across notices involves (workspace rules); sorted. */
  related?: string[];
  suppressed?: Suppression;
}

export interface DiagnosticNote {
  message: string;
  file?: string;
  pointer?: string;
  range?: Range;
}

export interface Suppression {
  reason: string;
  until?: string;
  source: 'inline' | 'baseline';
}

/** A file produced in memory by an emitter; only src/io writes it to disk. */
export interface OutputFile {
  /** Path relative to the notice's output folder, forward slashes. */
  path: string;
  contents: string | Uint8Array;
  mediaType: string;
}

/** What reporters (SARIF rules, JUnit, markdown) may say about a rule or built-in code besides its findings. */
export interface RuleInfo {
  id: string;
  title: Record<Lang, string>;
  description?: Record<Lang, string>;
  citation?: Citation;
  confidence?: Confidence;
  defaultSeverity?: Severity;
  docsUrl?: string;
}
