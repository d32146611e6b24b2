import { existsSync, readFileSync } from 'node:fs';

let version: string | undefined;
let buildId: string | undefined;

/** The tool version from package.json, read once. */
export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}

/**
 * The version plus a digest of the compiled code, schemas and law texts (dist/build-info.json,
 * written by scripts/build.mjs): part of every cache key, so a rebuilt tool never answers from
 * results its previous code produced, even when the version number did not change.
 */
export function toolBuildId(): string {
  if (buildId === undefined) {
    const info = new URL('./build-info.json', import.meta.url);
    const digest = info.protocol === 'file:' && existsSync(info) ? (JSON.parse(readFileSync(info, 'utf8')) as { digest?: string }).digest : undefined;
    buildId = `${toolVersion()}+${digest ?? 'source'}`;
  }
  return buildId;
}
