import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { filesById, renderManifest, type Manifest, type ManifestFile } from '../bundle/manifest.js';
import { planBundle, type PlanInput } from '../bundle/plan.js';
import { assertPublishableBaseUrl } from '../config/base-url.js';
import { findRepoRoot } from '../config/discover.js';
import type { WorkspaceConfig } from '../config/types.js';
import { sortDiagnostics } from '../diagnostics/collect.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { gateFails, type Thresholds } from '../diagnostics/gate.js';
import { workspacePath } from '../io/find-notices.js';
import { acquireLock, type LockOwner } from '../io/lock.js';
import { assertSafeOutDir, previousBundle } from '../io/out-dir.js';
import { readSources } from '../io/read-sources.js';
import { BundleWriter, deleteOwned, recoverInterrupted } from '../io/write-bundle.js';
import { positionEmitted } from '../pipeline/position-emitted.js';
import { runNotices } from '../pipeline/run.js';
import type { CachedEmit, EmitOptions, NoticeRun } from '../pipeline/types.js';
import type { RulesetId } from '../rules/types.js';
import { toolBuildId, toolVersion } from '../version.js';
import { resolveBaseline, settleBaseline, type BaselineOptions } from './baseline.js';
import { evaluationFor } from './evaluation.js';
import { templatesDigest } from './inputs-digest.js';
import { schemaIds } from './schema-ids.js';
import { openWorkspace, runCacheFor, type WorkspaceOptions } from './workspace.js';
import { LazyTexts } from '../util/lazy-texts.js';

/** The module worker threads write staged files with (the runner loads it by URL: io/ stays the only writer). */
const STAGE_WRITER = new URL('../io/stage-files.js', import.meta.url).href;

export interface BuildOptions extends WorkspaceOptions {
  /** YYYY-MM-DD; default: today's date (UTC), read once. */
  today?: string;
  /** Build notices with errors as drafts (marked on every page) instead of leaving them out. */
  allowErrors?: boolean;
  /** Use the cache in the config's cacheDir (default true). */
  cache?: boolean;
  /** Empty the output folder first (only files our own manifest lists). */
  clean?: boolean;
  /** SOURCE_DATE_EPOCH: every timestamp of every output; default: each notice's update date. */
  sourceDateEpoch?: number;
  jobs?: number;
  thresholds?: Thresholds;
  baseline?: BaselineOptions;
  onProgress?: (phase: 'check' | 'compile', done: number, total: number) => void;
  /** Called once if another build holds the output folder and this one waits for it. */
  onLockWait?: (owner: LockOwner, lockFile: string) => void;
}

export interface NoticeOutcome {
  file: string;
  /** built / draft: published; failed: not published; stale: not published, previous files kept. */
  status: 'built' | 'draft' | 'failed' | 'stale';
  /** Checked and compiled from the cache (its published files stand). */
  cached: boolean;
}

export interface BuildResult {
  config: WorkspaceConfig;
  notices: NoticeOutcome[];
  files: string[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  rulesets: Map<string, RulesetId>;
  /** Files in the written bundle (manifest included). */
  bundleFiles: number;
  /** False when nothing changed and the output folder was left as it was. */
  written: boolean;
  ioFailure: boolean;
  passed: boolean;
}

/**
 * `notice build` as a library call: the same runner as `check` (same findings, same gate), then
 * the bundle planned from the results and written atomically beside the output folder.
 */
export async function build(o: BuildOptions = {}): Promise<BuildResult> {
  const evaluation = evaluationFor(o.today, undefined);
  const thresholds = o.thresholds ?? { failOn: 'error' };
  const ws = await openWorkspace(o);
  const { config, cwd } = ws;
  // Absolute URLs (sitemap, canonical links) are only written from a real base URL.
  assertPublishableBaseUrl(config, cwd, config.lang);
  const out = resolve(config.out);
  const protectedPaths = [config.root, cwd, findRepoRoot(config.root), config.file, config.templates, config.cacheDir].filter((p): p is string => !!p);
  assertSafeOutDir(out, { cwd, protectedPaths, noticeFiles: ws.files });
  const baseline = await resolveBaseline(o.baseline ?? {}, cwd);
  // A folder that is not ours is refused before anything is written beside it (the lock).
  previousBundle(out, cwd);
  // One build at a time per output folder: a second one waits, then refuses (io/lock.ts).
  const lock = await acquireLock(out, o.onLockWait ? { onWait: o.onLockWait } : {});
  try {
    return await buildLocked(o, ws, out, baseline, evaluation, thresholds);
  } finally {
    lock.release();
  }
}

async function buildLocked(
  o: BuildOptions,
  ws: Awaited<ReturnType<typeof openWorkspace>>,
  out: string,
  baseline: Awaited<ReturnType<typeof resolveBaseline>>,
  evaluation: ReturnType<typeof evaluationFor>,
  thresholds: Thresholds,
): Promise<BuildResult> {
  const { config, cwd } = ws;
  recoverInterrupted(out);
  let previous = previousBundle(out, cwd);
  if (o.clean && previous) {
    deleteOwned(out, previous);
    previous = undefined;
  }
  const emit: EmitOptions = {
    formats: config.formats,
    paper: config.paper,
    allowErrors: Boolean(o.allowErrors),
    templatesDigest: templatesDigest(config.templates),
    ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
    ...(config.templates ? { templatesDir: config.templates } : {}),
    ...(Object.keys(config.theme).length > 0 ? { theme: config.theme } : {}),
    ...(o.sourceDateEpoch !== undefined ? { sourceDateEpoch: o.sourceDateEpoch } : {}),
  };
  const writer = new BundleWriter(out);
  const staged = new Map<string, string>();
  let run;
  try {
    run = await runNotices({
      sources: readSources(ws.files, cwd, 'bytes'),
      options: { lang: config.lang, evaluation, rules: config.rules, emit, ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}) },
      toolVersion: toolBuildId(),
      cache: runCacheFor(config, toolBuildId(), (o.cache ?? true) && !o.clean),
      stillPublished: published(out, previous),
      // Stage the files as they arrive and keep only their hashes: memory stays flat. Worker
      // threads write theirs straight into a staging folder; the bytes never reach this thread.
      onEmitted: (file, _id, outputs) => staged.set(file, writer.stage(outputs)),
      stage: { slot: () => writer.slot(), writer: STAGE_WRITER },
      onStaged: (file, _id, key) => staged.set(file, key),
      ...(o.jobs !== undefined ? { jobs: o.jobs } : {}),
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
  } catch (e) {
    writer.abort();
    throw e;
  }
  // The manifest names sources relative to the workspace root, not to the cwd of the run: the
  // same workspace built from any folder gives the same bytes. Findings keep cwd-relative paths.
  const rootRel = (f: string) => workspacePath(config.root, resolve(cwd, f));
  const cwdRel = new Map(run.notices.map((n) => [rootRel(n.file), n.file]));
  const inputs = run.notices.map((n) => ({ ...planInput(n, staged.get(n.file)), file: rootRel(n.file) }));
  const unchangedInputs = previous !== undefined && inputs.every((i) => i.reused || i.status === 'failed') && sameNotices(previous, inputs, config.baseUrl);
  const { renderSite } = unchangedInputs ? { renderSite: undefined } : await import('../bundle/site/render-site.js');
  let plan;
  try {
    plan = planBundle(inputs, {
      previous,
      toolVersion: toolVersion(),
      schemas: schemaIds(),
      baseUrl: config.baseUrl,
      lang: config.lang,
      site: (notices, manifestFiles) => (renderSite ? renderSite(notices, manifestFiles, { toolVersion: toolVersion(), baseUrl: config.baseUrl, templatesDir: config.templates }) : null),
    });
  } catch (e) {
    writer.abort();
    throw e;
  }
  const unchanged = previous !== undefined && renderManifest(previous) === renderManifest(plan.manifest);
  if (unchanged) writer.abort();
  else writer.commit(plan.entries, plan.manifest, previous);
  const sources: Map<string, string> = new LazyTexts(run.notices.filter((n) => n.sha256 !== undefined).map((n) => [n.file, n] as const));
  const files = run.notices.map((n) => n.file);
  const settled = await settleBaseline([...run.diagnostics, ...plan.diagnostics.flatMap((d) => positionEmitted([{ ...d, file: cwdRel.get(d.file) ?? d.file }], sources.get(cwdRel.get(d.file) ?? d.file)))], baseline, { cwd, lang: config.lang, failOn: thresholds.failOn, toolVersion: toolVersion(), files, sources, ...(o.baseline?.reason ? { reason: o.baseline.reason } : {}) });
  const diagnostics = sortDiagnostics(settled.diagnostics);
  return {
    config,
    notices: run.notices.map((n) => ({ file: n.file, status: plan.status.get(rootRel(n.file)) ?? 'failed', cached: n.cached })),
    files,
    diagnostics,
    sources,
    rulesets: new Map(run.notices.filter((n) => n.result.ruleset).map((n) => [n.file, n.result.ruleset!])),
    bundleFiles: plan.manifest.files.length + 1,
    written: !unchanged,
    ioFailure: run.ioFailure,
    passed: !gateFails(diagnostics, thresholds),
  };
}

function planInput(n: NoticeRun, stagedKey: string | undefined): PlanInput {
  const r = n.result;
  const status = r.status === 'built' || r.status === 'draft' ? r.status : 'failed';
  const base = { file: n.file, sourceSha256: n.sha256 ?? '', status, ...(r.meta ? { meta: r.meta } : {}) } as const;
  if (status === 'failed') return { ...base, reused: false };
  if (stagedKey === undefined) return { ...base, reused: true };
  return { ...base, reused: false, stagedKey, outputs: (r.outputs ?? []).map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })) };
}

/**
 * A cached compile stands only if the previous bundle still publishes exactly the files it
 * recorded for this id, present on disk with the recorded size.
 */
function published(out: string, previous: Manifest | undefined): (id: string, hit: CachedEmit) => boolean {
  const byId = filesById(previous?.files ?? []);
  const statusOf = new Map((previous?.notices ?? []).map((n) => [n.id, n.status]));
  return (id, hit) => {
    if (statusOf.get(id) !== hit.status) return false;
    const own = byId.get(id) ?? [];
    if (own.length === 0 || own.length !== hit.outputs.length) return false;
    const want = new Map(hit.outputs.map((f) => [`${id}/${f.path}`, f]));
    return own.every((f: ManifestFile) => {
      const w = want.get(f.path);
      if (!w || w.sha256 !== f.sha256) return false;
      return statSync(join(out, f.path), { throwIfNoEntry: false })?.size === f.size;
    });
  };
}

/** Every notice reused, same sources, same statuses, same base URL: the site pages stay. */
function sameNotices(previous: Manifest, inputs: readonly PlanInput[], baseUrl: string | undefined): boolean {
  if (previous.baseUrl !== (baseUrl ?? null)) return false;
  const built = inputs.filter((i) => i.status !== 'failed');
  if (built.length !== inputs.length || built.length !== previous.notices.length) return false;
  const prev = new Map(previous.notices.map((n) => [n.file, n]));
  return built.every((i) => {
    const n = prev.get(i.file);
    return n !== undefined && n.sourceSha256 === i.sourceSha256 && n.id === i.meta?.id && n.status === (i.status === 'draft' ? 'draft' : 'built');
  });
}
