import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompileOptions } from '../compile/types.js';
import { digest } from '../io/hash.js';
import { PACKAGE_ROOT } from '../schema/load-schema.js';

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

/** Everything besides the source that changes a notice's outputs. */
export function optionsDigest(toolVersion: string, options: CompileOptions, templates: string): string {
  const { theme, rules, ...rest } = options;
  const sorted = (o: Record<string, string> | undefined) => Object.entries(o ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return digest([toolVersion, templates, JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1))), JSON.stringify(sorted(theme)), JSON.stringify(sorted(rules))]);
}
