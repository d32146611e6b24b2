import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { filesById, MANIFEST_VERSION, type Manifest, type ManifestFile, type ManifestNotice } from './manifest.js';
import type { HashedOutput } from '../pipeline/hash-outputs.js';

/** What the planner needs of a staged output: no contents, so memory stays flat. */
export interface StagedOutput {
  path: string;
  size: number;
  sha256: string;
}
import { makeDiagnostic } from '../diagnostics/catalogue/index.js';
import type { NoticeMeta } from '../pipeline/types.js';

/** Status of a notice for the bundle: compiled as final, as a draft, or not at all. */
export type CompileStatus = 'built' | 'draft' | 'failed';

/**
 * A file of the new bundle: fresh contents (site pages), a file staged while compiling, or an
 * unchanged file of the previous bundle.
 */
export type BundleEntry =
  | { path: string; contents: string | Uint8Array; sha256?: string }
  | { path: string; staged: { key: string; rel: string } }
  | { path: string; reuse: true };

/** One source file after compiling, or after the cache said its previous outputs are still right. */
export interface PlanInput {
  file: string;
  sourceSha256: string;
  status: CompileStatus;
  meta?: NoticeMeta;
  /** Fresh outputs, already staged by the writer under `stagedKey`; undefined when reused or failed. */
  outputs?: StagedOutput[];
  stagedKey?: string;
  /** Cache hit: the previous bundle's files for this id are still right. */
  reused: boolean;
}

export interface PlanContext {
  previous?: Manifest;
  toolVersion: string;
  schemas: Manifest['schemas'];
  baseUrl?: string;
  lang: Lang;
  /** Renders the bundle's index page and sitemap from the final notice list (pure); null keeps the previous ones. */
  site: (notices: ManifestNotice[], files: ManifestFile[]) => HashedOutput[] | null;
}

export interface BundlePlan {
  entries: BundleEntry[];
  manifest: Manifest;
  /** Status per source file after planning (duplicates turn into failures). */
  status: Map<string, CompileStatus | 'stale'>;
  diagnostics: Diagnostic[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Pure planner: decides every file of the new bundle and its manifest; the writer only executes. */
export function planBundle(inputs: readonly PlanInput[], ctx: PlanContext): BundlePlan {
  const diagnostics: Diagnostic[] = [];
  const status = new Map<string, CompileStatus | 'stale'>();
  const byId = new Map<string, PlanInput[]>();
  for (const i of inputs) if (i.meta) byId.set(i.meta.id, [...(byId.get(i.meta.id) ?? []), i]);
  const duplicate = new Set<string>();
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    duplicate.add(id);
    for (const i of group) {
      const other = group.filter((g) => g !== i).map((g) => `«${g.file}»`).join(', ');
      diagnostics.push(makeDiagnostic('BUILD-DUPLICATE-ID', ctx.lang, { id, other }, { file: i.file, pointer: '/id' }));
    }
  }
  const prevById = filesById(ctx.previous?.files ?? []);
  const prevNotices = new Map((ctx.previous?.notices ?? []).map((n) => [n.id, n]));
  const prevNotice = (id: string) => prevNotices.get(id);
  const filesOf = (id: string) => prevById.get(id) ?? [];
  const entries: BundleEntry[] = [];
  const files: ManifestFile[] = [];
  const notices: ManifestNotice[] = [];
  const keep = (id: string) => {
    for (const f of filesOf(id)) {
      entries.push({ path: f.path, reuse: true });
      files.push(f);
    }
  };
  for (const i of [...inputs].sort((a, b) => byCodePoint(a.meta?.id ?? a.file, b.meta?.id ?? b.file))) {
    const id = i.meta?.id;
    const ok = id !== undefined && i.meta !== undefined && i.status !== 'failed' && !duplicate.has(id);
    if (ok && i.meta) {
      status.set(i.file, i.status);
      notices.push({ ...i.meta, file: i.file, sourceSha256: i.sourceSha256, status: i.status === 'draft' ? 'draft' : 'built' });
      if (i.reused || !i.outputs || i.stagedKey === undefined) keep(i.meta.id);
      else
        for (const o of i.outputs) {
          entries.push({ path: `${i.meta.id}/${o.path}`, staged: { key: i.stagedKey, rel: o.path } });
          files.push({ path: `${i.meta.id}/${o.path}`, size: o.size, sha256: o.sha256 });
        }
      continue;
    }
    // Failed: keep what the previous build published for this notice, marked stale.
    const prev = (id && !duplicate.has(id) ? prevNotice(id) : undefined) ?? ctx.previous?.notices.find((n) => n.file === i.file && !byId.has(n.id));
    if (prev && !notices.some((n) => n.id === prev.id)) {
      status.set(i.file, 'stale');
      notices.push({ ...prev, status: 'stale' });
      keep(prev.id);
      diagnostics.push(makeDiagnostic('BUILD-KEPT-PREVIOUS', ctx.lang, { id: prev.id }, { file: i.file }));
    } else status.set(i.file, 'failed');
  }
  const site = ctx.site(notices, files);
  if (site === null) {
    for (const f of prevById.get('') ?? []) {
      entries.push({ path: f.path, reuse: true });
      files.push(f);
    }
  } else
    for (const o of site) {
      entries.push({ path: o.path, contents: o.contents, sha256: o.sha256 });
      files.push({ path: o.path, size: o.size, sha256: o.sha256 });
    }
  const manifest: Manifest = {
    manifestVersion: MANIFEST_VERSION,
    tool: { name: 'notice', version: ctx.toolVersion },
    schemas: ctx.schemas,
    baseUrl: ctx.baseUrl ?? null,
    notices,
    files: files.sort((a, b) => byCodePoint(a.path, b.path)),
  };
  return { entries, manifest, status, diagnostics };
}
