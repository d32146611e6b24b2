import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAMES } from './types.js';

/**
 * Looks for notice.config.yaml in `start`, then in each parent folder, stopping after the folder
 * that holds `.git` (the repository root) or at the file-system root, as yamllint does.
 */
export function discoverConfig(start: string): string | undefined {
  let dir = start;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    if (existsSync(join(dir, '.git'))) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The repository root above `start` (the folder holding `.git`), if any. */
export function findRepoRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
