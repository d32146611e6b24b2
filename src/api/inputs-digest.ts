import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from '../schema/load-schema.js';
import { digest } from '../util/hash.js';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out.sort();
}

/** Hash of every template a build may read: the package's and the workspace's overrides. */
export function templatesDigest(templatesDir: string | undefined): string {
  const ours = fileURLToPath(new URL('templates/', PACKAGE_ROOT));
  const parts: string[] = [];
  for (const root of [ours, templatesDir]) {
    if (!root) continue;
    for (const f of filesUnder(root)) {
      if (relative(root, f).startsWith('init')) continue;
      parts.push(relative(root, f), readFileSync(f, 'latin1'));
    }
  }
  return digest(parts);
}
