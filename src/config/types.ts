import type { Lang } from '../diagnostics/diagnostic.js';
import { ALL_FORMATS, type FormatName } from '../emit/formats.js';
import type { RuleSetting } from '../rules/types.js';

export { ALL_FORMATS, type FormatName, type RuleSetting };

/** notice.config.yaml as written (every key optional). */
export interface ConfigFile {
  notices?: string[];
  out?: string;
  formats?: FormatName[];
  baseUrl?: string;
  /** No longer has any effect (the law in force judges every notice); a warning says so. */
  law?: string;
  lang?: Lang;
  paper?: 'letter' | 'a4';
  templates?: string;
  theme?: Record<string, string>;
  rules?: Record<string, RuleSetting>;
  cacheDir?: string;
}

/** The effective workspace configuration: file, defaults and CLI flags merged, paths absolute. */
export interface WorkspaceConfig {
  /** Folder every relative path is resolved against: the config file's folder, or the cwd. */
  root: string;
  /** Absolute path of the config file, when one was found. */
  file?: string;
  /** Files, folders or globs, relative to noticesBase. */
  notices: string[];
  noticesBase: string;
  out: string;
  formats: FormatName[];
  baseUrl?: string;
  lang: Lang;
  paper: 'letter' | 'a4';
  templates?: string;
  theme: Record<string, string>;
  rules: Record<string, RuleSetting>;
  cacheDir: string;
}

/** What the CLI may override; undefined means "keep the file's value". */
export type ConfigOverrides = Partial<Omit<ConfigFile, 'rules' | 'theme' | 'law'>>;

export const CONFIG_FILE_NAMES = ['notice.config.yaml', 'notice.config.yml'] as const;
export const DEFAULT_OUT = 'dist/avisos';
export const DEFAULT_CACHE_DIR = '.notice-cache';
