import { readFileSync } from 'node:fs';
import type { Lang } from '../diagnostics/diagnostic.js';
import { catalogueMessage } from '../diagnostics/catalogue/index.js';
import { ConfigError } from '../errors.js';
import { workspacePath } from '../io/find-notices.js';
import type { WorkspaceConfig } from './types.js';

/** Hosts reserved for examples (RFC 2606 / 6761) and the sample domains Mexican templates use. */
const SAMPLE_HOST = /(^|\.)(example\.(com|org|net|mx)|ejemplo\.(gob\.mx|com|mx|org)|sudominio\.(gob\.)?mx|dominio\.gob\.mx|localhost)$|\.(invalid|example|test|localhost)$/i;

/** Why a base URL is a sample address (the host that gave it away), or undefined when it is not. */
export function sampleBaseUrl(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  if (SAMPLE_HOST.test(host)) return host;
  if (/por[-_ ]?completar|todo|xxx/i.test(url)) return url;
  return undefined;
}

/** `baseUrl:` line and column in the config file, for the message. */
function positionIn(file: string | undefined): { line: number; column: number } | undefined {
  if (!file) return undefined;
  try {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const line = lines.findIndex((l) => /^baseUrl\s*:/.test(l));
    if (line < 0) return undefined;
    const col = lines[line]!.indexOf(':') + 1;
    const value = lines[line]!.slice(col).search(/\S/);
    return { line: line + 1, column: col + 1 + Math.max(0, value) };
  } catch {
    return undefined;
  }
}

/**
 * A build publishes absolute URLs (sitemap, canonical links) from the base URL, so a sample one
 * must never reach the output: CONFIG-BASE-URL-PLACEHOLDER, exit code 2, with the position of
 * `baseUrl` in the config (or naming --base-url when the flag gave it).
 */
export function assertPublishableBaseUrl(config: WorkspaceConfig, cwd: string, lang: Lang, fromFlag = false): void {
  if (!config.baseUrl) return;
  const why = sampleBaseUrl(config.baseUrl);
  if (!why) return;
  const pos = fromFlag ? undefined : positionIn(config.file);
  const where = fromFlag || !config.file ? '--base-url' : `${workspacePath(cwd, config.file)}${pos ? `:${pos.line}:${pos.column}` : ''}`;
  const text = (l: Lang) => `${where}  CONFIG-BASE-URL-PLACEHOLDER  ${catalogueMessage('CONFIG-BASE-URL-PLACEHOLDER', l, { url: config.baseUrl, why })}`;
  throw new ConfigError(text('es'), { en: text('en') });
}
