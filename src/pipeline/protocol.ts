import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { CheckedNotice } from './check-notice.js';
import type { EmittedNotice } from './emit-notice.js';
import type { HashedOutput } from './hash-outputs.js';
import type { EmitOptions, NoticeOptions, PublishedFile } from './types.js';

/**
 * Work for a worker thread: check one notice (phase 1) — in a build also compile it right away,
 * as a final notice or a draft according to its own findings, since the rules across notices
 * seldom change that — or compile one notice (phase 3: from the cache's check, or when the rules
 * across notices changed what its own findings decided).
 *
 * In a build, `stage` is a new folder of the build's staging area: the worker writes the compiled
 * files there itself and sends back only their paths, sizes and hashes; `pack` asks for the data
 * the rules across notices read as compressed bytes (see pack.ts) rather than as objects.
 */
export type WorkerTask =
  | { kind: 'check'; file: string; text: TaskText; options: Pick<NoticeOptions, 'lang' | 'evaluation' | 'rules' | 'baseUrl'>; keep?: readonly string[]; emit?: EmitOptions; light?: boolean; stage?: string; pack?: boolean }
  /** The text, not the data: parsing again costs less than cloning the data across threads twice. */
  | { kind: 'emit'; file: string; text: TaskText; emit: EmitOptions; draft: boolean; lang: Lang; stage?: string };

/** A notice's text, or its valid UTF-8 bytes without a byte-order mark (RunSource). */
export type TaskText = string | Uint8Array;

/** The text of a TaskText. */
export function decodeText(t: TaskText): string {
  return typeof t === 'string' ? t : Buffer.from(t.buffer, t.byteOffset, t.byteLength).toString('utf8');
}

/** A compile's result as it crosses threads: with the files' bytes, or written to the task's `stage` folder. */
export type TaskEmitted = EmittedNotice | StagedEmit;

/** A compile whose files a worker wrote into the task's `stage` folder. */
export interface StagedEmit {
  staged: true;
  outputs: PublishedFile[];
  diagnostics: Diagnostic[];
  failed: boolean;
}

/** A compile done in the same task as the check, with the draft flag it assumed. */
export interface SpeculativeEmit {
  draft: boolean;
  result: TaskEmitted;
}

/** `data`: the kept notice data, packed (task.pack), instead of `result.notice`. */
export type WorkerResult = { kind: 'check'; result: CheckedNotice; data?: Uint8Array; emitted?: SpeculativeEmit } | { kind: 'emit'; result: TaskEmitted };

/** One compiled file as a worker writes it into its staging folder. */
export type StagedFile = Pick<HashedOutput, 'path' | 'contents' | 'sha256'>;

/**
 * Writes one compile's files into a new staging folder (io/stage-files.ts, loaded by URL in each
 * worker). `firstBySha` is the thread's memory of files already written, for hard links.
 */
export type StageWriter = (dir: string, files: readonly StagedFile[], firstBySha: Map<string, string>) => void;

export interface WorkerInit {
  /** Warm the PDF fonts once when the worker starts (builds with PDF formats). */
  warmPdf: boolean;
  /** URL of the module exporting `writeStagedFiles` (a StageWriter), for tasks with a `stage` folder. */
  stageWriter?: string;
}
