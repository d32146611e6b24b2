import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CompileOptions, CompileStatus, NoticeMeta } from '../compile/types.js';
import { planBundle, type PlanInput } from '../compile/plan.js';
import { findRepoRoot } from '../config/discover.js';
import { rememberValidConfig } from '../config/load-config.js';
import type { WorkspaceConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/collect.js';
import { message } from '../i18n/messages.js';
import { JsonCache } from '../io/cache.js';
import { findNoticeFiles, workspacePath } from '../io/find-notices.js';
import { digest, sha256 } from '../io/hash.js';
import { filesById, renderManifest, type Manifest, type ManifestFile, type ManifestNotice } from '../io/manifest.js';
import { assertSafeOutDir, previousBundle } from '../io/out-dir.js';
import { readText } from '../io/read-text.js';
import { BundleWriter, deleteOwned, recoverInterrupted } from '../io/write-bundle.js';
import { optionsDigest, templatesDigest } from './inputs-digest.js';
import { schemaIds } from './schema-ids.js';

export interface BuildRequest {
  config: WorkspaceConfig;
  cwd: string;
  toolVersion: string;
  allowErrors: boolean;
  cache: boolean;
  clean: boolean;
  sourceDateEpoch?: number;
  today?: string;
  threads?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface NoticeOutcome {
  file: string;
  status: CompileStatus | 'stale';
  cached: boolean;
}

export interface BuildOutcome {
  notices: NoticeOutcome[];
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
  files: string[];
  /** Files in the written bundle (0 when nothing changed and nothing was written). */
  bundleFiles: number;
  written: boolean;
  ioFailure: boolean;
}

interface CacheEntry {
  key: string;
  status: CompileStatus;
  meta?: NoticeMeta;
  diagnostics: Diagnostic[];
}

/** `notice build`: check, compile what changed, plan the bundle, write it atomically. */
export async function runBuild(req: BuildRequest): Promise<BuildOutcome> {
  const { config } = req;
  const out = resolve(config.out);
  const abs = await findNoticeFiles(config.notices, config.noticesBase);
  const repo = findRepoRoot(config.root);
  const protectedPaths = [config.root, req.cwd, repo, config.file, config.templates, config.cacheDir].filter((p): p is string => !!p);
  assertSafeOutDir(out, { cwd: req.cwd, protectedPaths, noticeFiles: abs });
  recoverInterrupted(out);
  let previous = previousBundle(out, req.cwd);
  if (req.clean && previous) {
    deleteOwned(out, previous);
    previous = undefined;
  }
  const options: CompileOptions = {
    lang: config.lang,
    formats: config.formats,
    baseUrl: config.baseUrl,
    law: config.law,
    paper: config.paper,
    templatesDir: config.templates,
    theme: config.theme,
    rules: config.rules,
    allowErrors: req.allowErrors,
    sourceDateEpoch: req.sourceDateEpoch,
    today: req.today,
  };
  const salt = optionsDigest(req.toolVersion, options, templatesDigest(config.templates));
  const cache = new JsonCache<CacheEntry>(config.cacheDir, 'build-v1.json', req.toolVersion);
  if (req.cache && !req.clean) cache.load();
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const files: string[] = [];
  const inputs = new Map<string, PlanInput>();
  const cachedFiles = new Set<string>();
  const jobs: { file: string; text: string; key: string; sourceSha256: string }[] = [];
  let ioFailure = false;
  const prevFiles = filesById(previous?.files ?? []);
  const prevNotices = new Map((previous?.notices ?? []).map((n) => [n.id, n]));
  const reads = await Promise.all(abs.map((a) => readText(a)));
  abs.forEach((a, i) => {
    const file = workspacePath(req.cwd, a);
    files.push(file);
    const read = reads[i]!;
    if (!read.ok) {
      ioFailure = true;
      const code = read.reason === 'encoding' ? 'IO-ENCODING' : 'IO-READ';
      diagnostics.push({ code, severity: 'error', message: message(code, config.lang, { detail: read.detail }), file, pointer: '' });
      inputs.set(file, { file, sourceSha256: '', status: 'failed', reused: false });
      return;
    }
    sources.set(file, read.text);
    const sourceSha256 = sha256(read.text);
    const key = digest([salt, file, read.text]);
    const hit = cache.get(file);
    if (hit && hit.key === key && stillPublished(out, prevNotices, prevFiles, hit)) {
      cachedFiles.add(file);
      diagnostics.push(...hit.diagnostics);
      inputs.set(file, { file, sourceSha256, status: hit.status, meta: hit.meta, reused: hit.status !== 'failed' });
    } else jobs.push({ file, text: read.text, key, sourceSha256 });
  });
  let done = abs.length - jobs.length;
  req.onProgress?.(done, abs.length);
  const keyOf = new Map(jobs.map((j, i) => [j.file, { ...j, index: i }]));
  const writer = new BundleWriter(out);
  try {
    // Loaded only when something must be compiled: a no-op build never loads ajv, yaml or pdfkit.
    const { compileMany } = jobs.length > 0 ? await import('./compile-many.js') : { compileMany: async () => {} };
    await compileMany(
      jobs,
      options,
      (job, r) => {
        const j = keyOf.get(job.file)!;
        diagnostics.push(...r.diagnostics);
        // Stage the files now and keep only their hashes: memory stays flat however many notices.
        const staged = r.status !== 'failed' && r.outputs.length > 0;
        if (staged) writer.stage(String(j.index), r.outputs);
        const outputs = r.outputs.map((o) => ({ path: o.path, size: o.size, sha256: o.sha256 }));
        inputs.set(job.file, { file: job.file, sourceSha256: j.sourceSha256, status: r.status, meta: r.meta, outputs, stagedKey: staged ? String(j.index) : undefined, reused: false });
        cache.set(job.file, { key: j.key, status: r.status, meta: r.meta, diagnostics: r.diagnostics });
        req.onProgress?.(++done, abs.length);
      },
      req.threads,
    );
  } catch (e) {
    writer.abort();
    throw e;
  }
  const unchangedInputs = jobs.length === 0 && previous !== undefined && sameNotices(previous, [...inputs.values()], config.baseUrl);
  const { renderSite } = unchangedInputs ? { renderSite: undefined } : await import('./site/render-site.js');
  const plan = guarded(writer, () => planBundle([...inputs.values()], {
    previous,
    toolVersion: req.toolVersion,
    schemas: schemaIds(),
    baseUrl: config.baseUrl,
    lang: config.lang,
    site: (notices, manifestFiles) => (renderSite ? renderSite(notices, manifestFiles, { toolVersion: req.toolVersion, baseUrl: config.baseUrl, templatesDir: config.templates }) : null),
  }));
  diagnostics.push(...plan.diagnostics);
  const unchanged = previous !== undefined && renderManifest(previous) === renderManifest(plan.manifest);
  if (unchanged) writer.abort();
  else writer.commit(plan.entries, plan.manifest, previous);
  cache.retain(files);
  cache.save();
  rememberValidConfig(config);
  return {
    notices: files.map((file) => ({ file, status: plan.status.get(file) ?? 'failed', cached: cachedFiles.has(file) })),
    diagnostics: sortDiagnostics(diagnostics),
    sources,
    files,
    bundleFiles: plan.manifest.files.length + 1,
    written: !unchanged,
    ioFailure,
  };
}

/** Every notice answered from the cache, same sources, same statuses, same base URL: the site pages stay. */
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

function guarded<T>(writer: BundleWriter, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    writer.abort();
    throw e;
  }
}

/** A cache hit counts only if the previous bundle still holds this notice's files, unchanged in size. */
function stillPublished(out: string, notices: Map<string, ManifestNotice>, files: Map<string, ManifestFile[]>, hit: CacheEntry): boolean {
  if (hit.status === 'failed') return true;
  const id = hit.meta?.id;
  if (!id) return false;
  const n = notices.get(id);
  if (!n || n.status !== (hit.status === 'draft' ? 'draft' : 'built')) return false;
  const own = files.get(id) ?? [];
  if (own.length === 0) return false;
  return own.every((f) => {
    const p = join(out, f.path);
    return existsSync(p) && statSync(p).size === f.size;
  });
}
