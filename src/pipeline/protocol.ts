import type { Lang } from '../diagnostics/diagnostic.js';
import type { CheckedNotice } from './check-notice.js';
import type { EmittedNotice } from './emit-notice.js';
import type { EmitOptions, NoticeOptions } from './types.js';

/** Work for a worker thread: check one notice (phase 1) or compile one notice (phase 3). */
export type WorkerTask =
  | { kind: 'check'; file: string; text: string; options: Pick<NoticeOptions, 'lang' | 'evaluation' | 'rules'>; keep?: readonly string[] }
  /** The text, not the data: parsing again costs less than cloning the data across threads twice. */
  | { kind: 'emit'; file: string; text: string; emit: EmitOptions; draft: boolean; lang: Lang };

export type WorkerResult = { kind: 'check'; result: CheckedNotice } | { kind: 'emit'; result: EmittedNotice };

export interface WorkerInit {
  /** Warm the PDF fonts once when the worker starts (builds with PDF formats). */
  warmPdf: boolean;
}
