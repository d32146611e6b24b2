import type { Lang } from '../diagnostics/diagnostic.js';
import type { CheckedNotice } from './check-notice.js';
import type { EmittedNotice } from './emit-notice.js';
import type { EmitOptions, NoticeOptions } from './types.js';

/**
 * Work for a worker thread: check one notice (phase 1) — in a build also compile it right away,
 * as a final notice or a draft according to its own findings, since the rules across notices
 * seldom change that — or compile one notice (phase 3: from the cache's check, or when the rules
 * across notices changed what its own findings decided).
 */
export type WorkerTask =
  | { kind: 'check'; file: string; text: string; options: Pick<NoticeOptions, 'lang' | 'evaluation' | 'rules' | 'baseUrl'>; keep?: readonly string[]; emit?: EmitOptions; light?: boolean }
  /** The text, not the data: parsing again costs less than cloning the data across threads twice. */
  | { kind: 'emit'; file: string; text: string; emit: EmitOptions; draft: boolean; lang: Lang };

/** A compile done in the same task as the check, with the draft flag it assumed. */
export interface SpeculativeEmit {
  draft: boolean;
  result: EmittedNotice;
}

export type WorkerResult = { kind: 'check'; result: CheckedNotice; emitted?: SpeculativeEmit } | { kind: 'emit'; result: EmittedNotice };

export interface WorkerInit {
  /** Warm the PDF fonts once when the worker starts (builds with PDF formats). */
  warmPdf: boolean;
}
