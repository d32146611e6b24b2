import { resolve } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import type { WorkspaceConfig } from '../config/types.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { fileRunCache } from '../io/run-cache.js';
import { findNoticeFiles } from '../io/find-notices.js';
import type { RunCache } from '../pipeline/types.js';

/** How a library call or a command names its workspace. */
export interface WorkspaceOptions {
  /** Folder relative paths are resolved against; default: process.cwd(). */
  cwd?: string;
  /** A config file (wins over discovery), or an already loaded config. */
  config?: string | WorkspaceConfig;
  /** Notice files, folders or globs; default: the config's `notices` (itself `notices/` by default). */
  paths?: readonly string[];
  /** Language of the findings; default: the config's, else Spanish. */
  lang?: Lang;
  /** Where configuration warnings go; default: nowhere. */
  warn?: (text: string) => void;
}

export interface Workspace {
  cwd: string;
  config: WorkspaceConfig;
  /** Absolute paths of every notice of the run, sorted. */
  files: string[];
  /** The notices named on the command line, when some were: only these are reported. */
  named?: string[];
}

/** Loads the config (discovered upward from cwd unless given), without looking for notices. */
export async function openConfig(o: WorkspaceOptions): Promise<{ cwd: string; config: WorkspaceConfig }> {
  const cwd = resolve(o.cwd ?? process.cwd());
  const overrides = { ...(o.paths && o.paths.length > 0 ? { notices: [...o.paths] } : {}), ...(o.lang ? { lang: o.lang } : {}) };
  const config = typeof o.config === 'object' ? o.config : await loadConfig({ cwd, overrides, ...(o.config ? { explicitFile: o.config } : {}), ...(o.lang ? { lang: o.lang } : {}), ...(o.warn ? { warn: o.warn } : {}) });
  return { cwd, config };
}

/** Loads the config (discovered upward from cwd unless given) and expands the notices to check. */
export async function openWorkspace(o: WorkspaceOptions): Promise<Workspace> {
  const { cwd, config } = await openConfig(o);
  // The config's own folders may still be empty (a workspace fresh from `notice init`); paths given here may not.
  const fromConfig = !(o.paths && o.paths.length > 0) && !(typeof o.config === 'object' && config.noticesBase !== config.root);
  const files = await findNoticeFiles(config.notices, config.noticesBase, { allowEmptyFolders: fromConfig });
  return { cwd, config, files };
}

/**
 * For a check of named notices: every notice of the workspace (the config's `notices`, when they
 * exist) joins the run, so the rules across notices see a pair's other half or another notice of
 * the same controller; only the named ones are reported.
 */
export async function widenToWorkspace(ws: Workspace, o: WorkspaceOptions): Promise<Workspace> {
  if (!o.paths || o.paths.length === 0 || typeof o.config === 'object') return ws;
  const config = await loadConfig({ cwd: ws.cwd, ...(o.config ? { explicitFile: o.config } : {}), ...(o.lang ? { lang: o.lang } : {}) });
  const all = await findNoticeFiles(config.notices, config.noticesBase).catch(() => [] as string[]);
  const files = [...new Set([...all, ...ws.files])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ...ws, files, named: ws.files };
}

/** The runner's cache in the workspace's cache folder, or none. */
export function runCacheFor(config: WorkspaceConfig, toolVersion: string, enabled: boolean): RunCache | undefined {
  return enabled ? fileRunCache(config.cacheDir, toolVersion) : undefined;
}
