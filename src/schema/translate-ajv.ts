import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import type { Citation, Lang } from '../diagnostics/diagnostic.js';
import { formatCitation } from '../diagnostics/citation.js';
import { CATALOGUE, catalogueMessage, type CatalogueCode } from '../diagnostics/catalogue/index.js';
import { parsePointer, toPointer } from '../source/locate.js';
import { schemaAt } from './load-schema.js';
import { FORMAT_NAMES, GENERIC_TITLES, PATTERN_HINTS, TYPE_NAMES } from './wording.js';

type SchemaNode = Record<string, unknown>;

export interface SchemaFinding {
  code: string;
  message: string;
  pointer: string;
  /** Point at the key of the entry (missing or unknown keys) or at its value (bad values). */
  target: 'key' | 'value';
  citation?: Citation;
}

interface Context {
  root: SchemaNode;
  data: unknown;
  lang: Lang;
  /** The notice's law: schema citations are 2025 numbers, shown only under that law. */
  citeLaw: boolean;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let v = data;
  for (const s of segments) v = (v as Record<string, unknown> | undefined)?.[s];
  return v;
}

/** «Domicilio de la Unidad de Transparencia» (es) or "transparencyUnit.address" (en). */
function fieldLabel(ctx: Context, segments: readonly string[]): string {
  const path = dotted(segments);
  if (segments.length === 0) return ctx.lang === 'es' ? 'El aviso' : 'The notice';
  const title = schemaAt(ctx.root, segments)?.title;
  if (ctx.lang !== 'es') return `"${path}"`;
  if (typeof title !== 'string') return `«${path}»`;
  // «Texto» alone could be any of a dozen fields: name the block it belongs to.
  const parent = segments.length > 1 ? schemaAt(ctx.root, segments.slice(0, -1))?.title : undefined;
  return GENERIC_TITLES.has(title) && typeof parent === 'string' && parent !== title ? `«${title}» de «${parent}»` : `«${title}»`;
}

function dotted(segments: readonly string[]): string {
  return segments.reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}

function lawOf(node: SchemaNode | undefined): Citation | undefined {
  const law = node?.['x-law'] as Citation | undefined;
  return law && typeof law.article === 'number' ? law : undefined;
}

function suggestion(ctx: Context, candidates: readonly string[], value: string): string {
  if (candidates.length === 0) return '';
  const best = closest(value, [...candidates]);
  const limit = Math.max(2, Math.floor(value.length / 3));
  return distance(value.toLowerCase(), best.toLowerCase()) <= limit ? catalogueMessage('SCHEMA-SUGGESTION', ctx.lang, { candidate: best }) : '';
}

function finding(
  code: CatalogueCode,
  ctx: Context,
  segments: readonly string[],
  target: 'key' | 'value',
  data: Record<string, unknown>,
  citation?: Citation,
): SchemaFinding {
  const entry: { variantOf?: string } = CATALOGUE[code];
  return {
    // A wording variant is reported under its public code, e.g. SCHEMA-TYPE-EMPTY as SCHEMA-TYPE.
    code: entry.variantOf ?? code,
    message: catalogueMessage(code, ctx.lang, data),
    pointer: toPointer(segments),
    target,
    ...(citation ? { citation } : {}),
  };
}

/**
 * A value or key from the notice as a message shows it: on one line, at most 80 characters,
 * control characters written as [U+001B] (a message must never carry a terminal escape or a line
 * break), and a list or mapping named by its type rather than as "[object Object]".
 */
function shown(value: unknown, lang: Lang): string {
  if (value !== null && typeof value === 'object') return TYPE_NAMES[typeOf(value)]?.[lang] ?? typeOf(value);
  const text = String(value)
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function translateOne(err: ErrorObject, ctx: Context): SchemaFinding {
  const segments = parsePointer(err.instancePath);
  const field = fieldLabel(ctx, segments);
  const value = valueAt(ctx.data, segments);
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const child = [...segments, missing];
      const citation = ctx.citeLaw ? lawOf(schemaAt(ctx.root, child)) : undefined;
      const data = { field: fieldLabel(ctx, child), path: dotted(child) };
      // The pointer names the missing entry; it resolves to the parent's key (or the list item),
      // which is where the entry has to be written.
      if (citation) {
        return finding('SCHEMA-REQUIRED-LAW', ctx, child, 'key', { ...data, citation: formatCitation(citation, ctx.lang) }, citation);
      }
      return finding('SCHEMA-REQUIRED', ctx, child, 'key', data);
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const props = Object.keys((err.parentSchema as SchemaNode | undefined)?.properties ?? {});
      return finding('SCHEMA-UNKNOWN-PROPERTY', ctx, [...segments, key], 'key', {
        key: shown(key, ctx.lang),
        parent: segments.length === 0 ? (ctx.lang === 'es' ? 'el aviso' : 'the notice') : field,
        suggestion: suggestion(ctx, props, key),
      });
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((t) => TYPE_NAMES[t]?.[ctx.lang] ?? t)
        .join(ctx.lang === 'es' ? ' o ' : ' or ');
      const actual = TYPE_NAMES[typeOf(value)]?.[ctx.lang] ?? typeOf(value);
      // YAML reads `postalCode: 06600` or `number: 476` as numbers; the fix is to quote them.
      if (value === null || value === undefined) return finding('SCHEMA-TYPE-EMPTY', ctx, segments, 'value', { field, expected });
      const quote = String(params.type) === 'string' && typeof value === 'number' ? CATALOGUE['SCHEMA-TYPE-QUOTE'].message[ctx.lang] : '';
      return finding('SCHEMA-TYPE', ctx, segments, 'value', { field, expected, actual, hint: quote });
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return finding('SCHEMA-ENUM', ctx, segments, 'value', {
        field,
        value: shown(value, ctx.lang),
        allowed: allowed.map((a) => `\`${a}\``).join(', '),
        suggestion: suggestion(ctx, allowed, String(value)),
      });
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      const hint = PATTERN_HINTS[pattern]?.[ctx.lang] ?? (ctx.lang === 'es' ? 'revise el valor' : 'check the value');
      return finding('SCHEMA-PATTERN', ctx, segments, 'value', { field, hint, value: shown(value, ctx.lang) });
    }
    case 'format': {
      const format = String(params.format);
      return finding('SCHEMA-FORMAT', ctx, segments, 'value', {
        field,
        format: FORMAT_NAMES[format]?.[ctx.lang] ?? format,
        value: shown(value, ctx.lang),
      });
    }
    case 'minLength': {
      const limit = Number(params.limit);
      if (limit <= 1) return finding('SCHEMA-MIN-LENGTH', ctx, segments, 'value', { field });
      return finding('SCHEMA-TOO-SHORT', ctx, segments, 'value', { field, limit });
    }
    case 'minItems':
      return finding('SCHEMA-MIN-ITEMS', ctx, segments, 'value', { field, limit: params.limit }, ctx.citeLaw ? lawOf(err.parentSchema as SchemaNode) : undefined);
    case 'uniqueItems':
      return finding('SCHEMA-UNIQUE-ITEMS', ctx, segments, 'value', { field });
    case 'minimum':
    case 'maximum':
      return finding('SCHEMA-RANGE', ctx, segments, 'value', { field, comparison: params.comparison, limit: params.limit });
    case 'anyOf':
    case 'oneOf': {
      const branches = (err.schema as SchemaNode[]).flatMap((b) => (Array.isArray(b.required) ? (b.required as string[]) : []));
      if (branches.length > 0) return finding('SCHEMA-ONE-OF-REQUIRED', ctx, segments, 'key', { field, keys: branches.join(', ') });
      return finding('SCHEMA-INVALID', ctx, segments, 'value', { field });
    }
    default:
      return finding('SCHEMA-INVALID', ctx, segments, 'value', { field });
  }
}

/**
 * Turns raw ajv errors into our findings: drops the branch errors under a failed anyOf/oneOf (the
 * cascade users complain about), drops "must match pattern" when the format already failed, and
 * never shows ajv's own text.
 */
export function translateAjvErrors(errors: readonly ErrorObject[], root: SchemaNode, data: unknown, lang: Lang, citeLaw: boolean): SchemaFinding[] {
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const underCombinator = (e: ErrorObject) =>
    combinators.some((c) => c !== e && e.instancePath === c.instancePath && e.schemaPath.startsWith(c.schemaPath.replace(/\/(anyOf|oneOf)$/, '/$1/')));
  const formatFailed = new Set(errors.filter((e) => e.keyword === 'format').map((e) => e.instancePath));
  const ctx: Context = { root, data, lang, citeLaw };
  const seen = new Set<string>();
  const out: SchemaFinding[] = [];
  for (const err of errors) {
    if (underCombinator(err)) continue;
    if (err.keyword === 'pattern' && formatFailed.has(err.instancePath)) continue;
    if (err.keyword === 'if') continue;
    const f = translateOne(err, ctx);
    const key = `${f.code}\u0000${f.pointer}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
