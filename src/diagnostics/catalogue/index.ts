import type { Diagnostic, Lang, Range, Severity } from '../diagnostic.js';
import { docsUrlFor } from '../docs.js';
import { BUILD_CODES } from './build.js';
import { CONFIG_CODES } from './config.js';
import { ENGINE_CODES } from './engine.js';
import { LIMIT_CODES } from './limits.js';
import { SCHEMA_CODES } from './schema.js';
import { SOURCE_CODES } from './source.js';
import type { CodeEntry } from './types.js';

export type { CodeEntry, Localized } from './types.js';

/**
 * The one catalogue of every code the tool can emit besides the legal rules (which declare the same
 * facts in their own files; see rules/registry). Grouped by the stage that emits them.
 */
export const CATALOGUE = { ...SOURCE_CODES, ...LIMIT_CODES, ...SCHEMA_CODES, ...ENGINE_CODES, ...BUILD_CODES, ...CONFIG_CODES } satisfies Record<string, CodeEntry>;

export type CatalogueCode = keyof typeof CATALOGUE;

export function isCatalogued(code: string): code is CatalogueCode {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, code);
}

export function catalogueEntry(code: string): CodeEntry | undefined {
  return isCatalogued(code) ? CATALOGUE[code] : undefined;
}

/** Codes that describe the run rather than a notice: reported, never counted by the exit gate. */
export const RUN_NOTE_CODES: ReadonlySet<string> = new Set(Object.entries(CATALOGUE as Record<string, CodeEntry>).filter(([, e]) => e.runNote).map(([c]) => c));

/**
 * A value as a message shows it: on one line, control and bidi characters written as [U+001B] (a
 * message must never carry a terminal escape or a line break, whatever the notice holds), a list or
 * mapping as short JSON, never "[object Object]".
 */
function printable(v: unknown): string {
  const raw = v !== null && typeof v === 'object' ? shortJson(v) : String(v);
  return raw.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

function shortJson(v: object): string {
  let text: string;
  try {
    text = JSON.stringify(v) ?? String(v);
  } catch {
    text = Array.isArray(v) ? '[…]' : '{…}';
  }
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** `{name}` placeholders filled from data; unknown names stay visible, so a gap shows in tests. */
export function fill(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? printable(data[name]) : whole));
}

export function catalogueMessage(code: CatalogueCode, lang: Lang, data: Record<string, unknown> = {}): string {
  return fill(CATALOGUE[code].message[lang], data);
}

export interface Where {
  file: string;
  pointer?: string;
  range?: Range;
}

/** A finding of a catalogued code, with the catalogue's severity (unless given) and docs link. */
export function makeDiagnostic(code: CatalogueCode, lang: Lang, data: Record<string, unknown>, where: Where, severity?: Severity): Diagnostic {
  return {
    code,
    severity: severity ?? CATALOGUE[code].severity,
    message: catalogueMessage(code, lang, data),
    file: where.file,
    pointer: where.pointer ?? '',
    ...(where.range ? { range: where.range } : {}),
    docsUrl: docsUrlFor(code),
  };
}
