import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME, type Manifest } from '../bundle/manifest.js';

export type ManifestRead = { kind: 'missing' } | { kind: 'ok'; manifest: Manifest } | { kind: 'foreign'; reason: string };

/** Reads `<out>/manifest.json`; anything that is not our manifest is "foreign". */
export function readManifest(outDir: string): ManifestRead {
  let text: string;
  try {
    text = readFileSync(join(outDir, MANIFEST_NAME), 'utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'missing' } : { kind: 'foreign', reason: (e as Error).message };
  }
  try {
    const m = JSON.parse(text) as Manifest;
    if (m?.tool?.name !== 'notice' || !Array.isArray(m.files) || !Array.isArray(m.notices)) return { kind: 'foreign', reason: 'not a notice manifest' };
    if (m.files.some((f) => typeof f.path !== 'string' || f.path.startsWith('/') || f.path.split('/').includes('..'))) return { kind: 'foreign', reason: 'unsafe path in manifest' };
    return { kind: 'ok', manifest: m };
  } catch {
    return { kind: 'foreign', reason: 'manifest.json is not valid JSON' };
  }
}
