import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CompileOptions, CompileStatus, NoticeMeta } from '../compile/types.js';
import { planBundle, type PlanInput } from '../compile/plan.js';
import { findRepoRoot } from '../config/discover.js';
import type { WorkspaceConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/collect.js';
import { message } from '../i18n/messages.js';
import { JsonCache } from '../io/cache.js';
import { findNoticeFiles, workspacePath } from '../io/find-notices.js';
import { digest, sha256 } from '../io/hash.js';
import { renderManifest, type Manifest } from '../io/manifest.js';
import { assertSafeOutDir, previousBundle } from '../io/out-dir.js';
import { readText } from '../io/read-text.js';
import { deleteOwned, recoverInterrupted, writeBundle } from '../io/write-bundle.js';
import { compileMany } from './compile-many.js';
import { optionsDigest, templatesDigest } from './inputs-digest.js';
import { renderSite } from './site/render-site.js';
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
    if (hit && hit.key === key && stillPublished(out, previous, hit)) {
      cachedFiles.add(file);
      diagnostics.push(...hit.diagnostics);
      inputs.set(file, { file, sourceSha256, status: hit.status, meta: hit.meta, reused: hit.status !== 'failed' });
    } else jobs.push({ file, text: read.text, key, sourceSha256 });
  });
  let done = abs.length - jobs.length;
  req.onProgress?.(done, abs.length);
  const keyOf = new Map(jobs.map((j) => [j.file, j]));
  await compileMany(
    jobs,
    options,
    (job, r) => {
      const j = keyOf.get(job.file)!;
      diagnostics.push(...r.diagnostics);
      inputs.set(job.file, { file: job.file, sourceSha256: j.sourceSha256, status: r.status, meta: r.meta, outputs: r.outputs, reused: false });
      cache.set(job.file, { key: j.key, status: r.status, meta: r.meta, diagnostics: r.diagnostics });
      req.onProgress?.(++done, abs.length);
    },
    req.threads,
  );
  const plan = planBundle([...inputs.values()], {
    previous,
    toolVersion: req.toolVersion,
    schemas: schemaIds(),
    baseUrl: config.baseUrl,
    lang: config.lang,
    site: (notices, manifestFiles) => renderSite(notices, manifestFiles, { toolVersion: req.toolVersion, baseUrl: config.baseUrl, templatesDir: config.templates }),
  });
  diagnostics.push(...plan.diagnostics);
  const unchanged = previous !== undefined && renderManifest(previous) === renderManifest(plan.manifest);
  if (!unchanged) writeBundle({ out, entries: plan.entries, manifest: plan.manifest, previous });
  cache.retain(files);
  cache.save();
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

/** A cache hit counts only if the previous bundle still holds this notice's files, unchanged in size. */
function stillPublished(out: string, previous: Manifest | undefined, hit: CacheEntry): boolean {
  if (hit.status === 'failed') return true;
  const id = hit.meta?.id;
  if (!previous || !id) return false;
  const n = previous.notices.find((x) => x.id === id);
  if (!n || n.status !== (hit.status === 'draft' ? 'draft' : 'built')) return false;
  const own = previous.files.filter((f) => f.path.startsWith(`${id}/`));
  if (own.length === 0) return false;
  return own.every((f) => {
    const p = join(out, f.path);
    return existsSync(p) && statSync(p).size === f.size;
  });
}
