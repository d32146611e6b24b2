import type { Diagnostic, Lang, OutputFile } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import type { NoticeDocument } from './document.js';

export interface EmitContext {
  /** The notice's id, also its output folder name. */
  id: string;
  /** Workspace-relative source path, for diagnostics. */
  file: string;
  /** Base URL of the published site, e.g. 'https://www.imss.gob.mx/avisos-privacidad/'. */
  baseUrl?: string;
  /** Seconds since the epoch used for every timestamp (SOURCE_DATE_EPOCH or the update date). */
  epoch: number;
  /** Built with --allow-errors while the notice has errors: mark every page as a draft. */
  draft: boolean;
  paper: 'letter' | 'a4';
  /** Workspace overrides: template folder and theme values. */
  templatesDir?: string;
  theme?: Record<string, string>;
  /** Language of diagnostics (the outputs themselves are es-MX). Default 'es'. */
  lang?: Lang;
  /**
   * The section model of this notice, built once per notice and shared by every emitter, so the
   * HTML, PDF and text outputs cannot disagree (see modelOf). The pipeline always sets it.
   */
  document?: (variant: NoticeDocument['variant']) => NoticeDocument;
}

export interface EmitResult {
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
}

/** An emitter turns one validated notice into files, in memory. Pure apart from reading templates and fonts. */
export type Emitter = (notice: Notice, ctx: EmitContext) => EmitResult | Promise<EmitResult>;
