import type { RuleSetting } from '../config/types.js';
import type { Diagnostic, Lang, OutputFile } from '../diagnostics/diagnostic.js';

/** Everything a compile needs besides the source; plain data, so it crosses worker threads. */
export interface CompileOptions {
  lang: Lang;
  formats: string[];
  baseUrl?: string;
  /** Law version for notices that do not declare `law`. */
  law?: 'LGPDPPSO-2025' | 'LGPDPPSO-2017';
  paper: 'letter' | 'a4';
  templatesDir?: string;
  theme?: Record<string, string>;
  /** Rule severity overrides from the config (`rules:`). */
  rules?: Record<string, RuleSetting>;
  /** Build notices with rule errors as drafts instead of skipping them. */
  allowErrors: boolean;
  /** SOURCE_DATE_EPOCH, when set. */
  sourceDateEpoch?: number;
  /** Today's date for date rules (tests pin it). */
  today?: string;
}

/** What the bundle index, the manifest and the sitemap need to know about a notice. */
export interface NoticeMeta {
  id: string;
  title: string;
  controller: string;
  /** As written: `AAAA-MM-DD` or `AAAA-MM`. */
  updated: string;
  law: string;
}

/**
 * built: outputs are complete. draft: built despite rule errors (--allow-errors), pages carry the
 * draft banner. failed: no outputs; the previous outputs stay.
 */
export type CompileStatus = 'built' | 'draft' | 'failed';

export interface CompileResult {
  file: string;
  status: CompileStatus;
  diagnostics: Diagnostic[];
  outputs: OutputFile[];
  meta?: NoticeMeta;
}
