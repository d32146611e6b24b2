
export const MANIFEST_NAME = 'manifest.json';
export const MANIFEST_VERSION = 1;

export interface ManifestFile {
  /** Relative to the output folder, forward slashes. */
  path: string;
  size: number;
  sha256: string;
}

export interface ManifestNotice {
  id: string;
  /** Workspace-relative source file. */
  file: string;
  title: string;
  controller: string;
  updated: string;
  law: string;
  sourceSha256: string;
  /** built; draft (--allow-errors, pages marked as drafts); stale (failed now, previous files kept). */
  status: 'built' | 'draft' | 'stale';
  /** In memory only (not written to manifest.json): the canonical URL the notice states for its integral page. */
  integralUrl?: string;
}

/** The bundle's table of contents and the ownership marker of the output folder. */
export interface Manifest {
  manifestVersion: number;
  tool: { name: 'notice'; version: string };
  schemas: { notice: string; config: string };
  baseUrl: string | null;
  notices: ManifestNotice[];
  files: ManifestFile[];
}

/** Deterministic text: fixed key order (the interfaces' order), sorted lists, LF, final newline. */
export function renderManifest(m: Manifest): string {
  const files = [...m.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 }));
  const notices = [...m.notices]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n) => ({ id: n.id, file: n.file, title: n.title, controller: n.controller, updated: n.updated, law: n.law, sourceSha256: n.sourceSha256, status: n.status }));
  const ordered = { manifestVersion: m.manifestVersion, tool: { name: m.tool.name, version: m.tool.version }, schemas: { notice: m.schemas.notice, config: m.schemas.config }, baseUrl: m.baseUrl, notices, files };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/** The files of each notice (the first path segment is the notice id); site files under ''. */
export function filesById(files: readonly ManifestFile[]): Map<string, ManifestFile[]> {
  const map = new Map<string, ManifestFile[]>();
  for (const f of files) {
    const slash = f.path.indexOf('/');
    const id = slash < 0 ? '' : f.path.slice(0, slash);
    const list = map.get(id);
    if (list) list.push(f);
    else map.set(id, [f]);
  }
  return map;
}
