import type { FormatName } from '../emit/formats.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import type { Notice } from '../model/notice.js';
import type { Evaluation } from '../rules/select-ruleset.js';
import type { RuleSetting, RulesetId } from '../rules/types.js';
import type { HashedOutput } from './hash-outputs.js';

/** What compiling needs besides the source: plain data, so it crosses worker threads. */
export interface EmitOptions {
  formats: FormatName[];
  baseUrl?: string;
  paper: 'letter' | 'a4';
  templatesDir?: string;
  theme?: Record<string, string>;
  /** Build notices with rule errors as drafts instead of leaving them unpublished. */
  allowErrors: boolean;
  /** SOURCE_DATE_EPOCH, when set; otherwise each notice's update date dates its files. */
  sourceDateEpoch?: number;
  /** Hash of every template a build may read: only part of cache keys, never read by workers. */
  templatesDigest?: string;
}

/** Everything one notice is processed with, besides its text. */
export interface NoticeOptions {
  lang: Lang;
  /** Today and, for a historical audit, the --as-of date: inputs of the run, never the clock. */
  evaluation: Evaluation;
  /** The config's `rules:` severities. */
  rules?: Record<string, RuleSetting>;
  /** The workspace's `baseUrl`: where a build publishes each notice (a pair's simplified links its integral there). */
  baseUrl?: string;
  /** Compile outputs too (build); absent for a check. */
  emit?: EmitOptions;
}

/** What the bundle index, the manifest and the sitemap need to know about a notice. */
export interface NoticeMeta {
  id: string;
  title: string;
  controller: string;
  /** As written: `AAAA-MM-DD` or `AAAA-MM`; '' when the notice does not state it. */
  updated: string;
  /** The law the notice was judged under (the ruleset applied), e.g. `LGPDPPSO-2025`. */
  law: string;
  /** `publication.integralUrl` as the notice states it: the canonical URL of its integral page. */
  integralUrl?: string;
}

/**
 * checked: only checked (no emit asked). built: outputs are complete. draft: built despite errors
 * (--allow-errors), every page marked as a draft. failed: no outputs.
 */
export type NoticeStatus = 'checked' | 'built' | 'draft' | 'failed';

/** One notice after checking (and compiling, when asked). */
export interface ProcessedNotice {
  /** Its own findings, the findings across notices that concern it, and compile findings; sorted. */
  diagnostics: Diagnostic[];
  status: NoticeStatus;
  /** The ruleset the rules ran with (absent when they could not run, e.g. a YAML error). */
  ruleset?: RulesetId;
  /** True when the notice passed the schema: only then do rules across notices see it. */
  schemaValid: boolean;
  meta?: NoticeMeta;
  /**
   * Compiled files with size and hash (build). Their bytes are dropped once handed to
   * `onEmitted`, so memory stays flat; a notice reused from the previous bundle has hashes only.
   */
  outputs?: PublishedFile[];
}

/** A compiled file: path, size and hash, with its bytes until they are handed over. */
export interface PublishedFile {
  path: string;
  size: number;
  sha256: string;
  mediaType?: string;
  contents?: HashedOutput['contents'];
}

/** A source handed to the runner: read by the caller (reading is a side effect at the edge). */
export type RunSource =
  /** `sha256`: of the text's UTF-8 bytes, when the reader has them (hashing the bytes it read is cheaper than re-encoding the text). */
  | { file: string; text: string; sha256?: string }
  /**
   * The text as valid UTF-8 bytes without a byte-order mark, and their SHA-256: the runner decodes
   * it where it needs the text (worker threads; the main thread only for findings and results).
   * A build reads its sources this way: 20 MB of sources read as strings up front made V8 grow the
   * main thread's young generation to its 32 MB maximum for the first half of the build.
   */
  | { file: string; bytes: Uint8Array; sha256: string }
  | { file: string; readError: { reason: 'read' | 'encoding'; detail: string } };

/** What the cache keeps of a checked notice (phase 1): its own findings, not those across notices. */
export interface CachedCheck {
  diagnostics: Diagnostic[];
  ruleset?: RulesetId;
  schemaValid: boolean;
  meta?: NoticeMeta;
}

/** What the cache keeps of a compiled notice (phase 3): the outputs' hashes, not their bytes. */
export interface CachedEmit {
  status: 'built' | 'draft' | 'failed';
  diagnostics: Diagnostic[];
  outputs: { path: string; size: number; sha256: string }[];
}

/**
 * The runner's cache, injected by the caller (io/run-cache.ts keeps it in `.notice-cache/`). Keys
 * already include the tool version, today, the options and the source text.
 */
export interface RunCache {
  getCheck(key: string): CachedCheck | undefined;
  setCheck(key: string, value: CachedCheck): void;
  getEmit(key: string): CachedEmit | undefined;
  setEmit(key: string, value: CachedEmit): void;
  /** What the rules across notices read of each schema-valid notice. */
  getData(key: string): Notice | undefined;
  setData(key: string, notice: Notice): void;
  /** Findings of the rules across notices, keyed by every notice's key. */
  getWorkspace(key: string): Diagnostic[] | undefined;
  setWorkspace(key: string, findings: Diagnostic[]): void;
  /** Persists, keeping only the entries of the given keys (and the latest workspace entry). */
  save(inUse: { check: readonly string[]; emit: readonly string[] }): void;
}

/** One notice of a run. */
export interface NoticeRun {
  /** Workspace-relative, forward slashes. */
  file: string;
  /** The source text (decoded when first read); undefined when the file could not be read. */
  readonly text?: string;
  /** SHA-256 of the source text (hex); present exactly when the text is. */
  sha256?: string;
  /** The cache key of this source under these options. */
  key?: string;
  result: ProcessedNotice;
  /** Checked from the cache; for a build, compiled from the cache too (its published files stand). */
  cached: boolean;
  /** The file could not be read or decoded (the run exits 2). */
  ioError: boolean;
}

export interface RunResult {
  notices: NoticeRun[];
  /** Every finding, per notice and across notices, sorted. */
  diagnostics: Diagnostic[];
  ioFailure: boolean;
}
