import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import type { Citation, Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { formatCitation } from '../diagnostics/citation.js';
import { message, type MessageCode } from '../i18n/messages.js';
import { parsePointer, toPointer } from '../source/locate.js';
import { schemaAt } from './load-schema.js';

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

const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  string: { es: 'un texto', en: 'a string' },
  object: { es: 'un bloque de claves', en: 'a mapping' },
  array: { es: 'una lista', en: 'a list' },
  boolean: { es: '`true` o `false`', en: '`true` or `false`' },
  integer: { es: 'un número entero', en: 'an integer' },
  number: { es: 'un número', en: 'a number' },
  null: { es: 'vacío', en: 'empty' },
};

const FORMAT_NAMES: Record<string, Record<Lang, string>> = {
  uri: { es: 'una URL válida', en: 'a valid URL' },
  email: { es: 'un correo electrónico válido', en: 'a valid e-mail address' },
  date: { es: 'una fecha válida (`AAAA-MM-DD`)', en: 'a valid date (`YYYY-MM-DD`)' },
  'date-or-month': {
    es: 'una fecha (`AAAA-MM-DD`) o un mes (`AAAA-MM`) que exista en el calendario',
    en: 'a calendar date (`YYYY-MM-DD`) or month (`YYYY-MM`)',
  },
};

/** What each pattern of the schema expects, in words (keyed by the pattern's source). */
const PATTERN_HINTS: Record<string, Record<Lang, string>> = {
  '^[0-9]{5}$': { es: 'cinco dígitos, p. ej. `06600`', en: 'five digits, e.g. `06600`' },
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': {
    es: 'minúsculas, números y guiones, sin acentos ni espacios, p. ej. `consulta-nss`',
    en: 'lower-case letters, digits and hyphens, no accents or spaces, e.g. `consulta-nss`',
  },
  '^(https?|mailto|tel):': { es: 'una URL que empiece con `https://`', en: 'a URL starting with `https://`' },
  '^\\+?[0-9][0-9 ()-]{6,}[0-9]$': { es: 'un número telefónico, p. ej. `55 91 60 81 00`', en: 'a phone number, e.g. `55 91 60 81 00`' },
  '^[0-9]{1,8}$': { es: 'solo dígitos, p. ej. `105202`', en: 'digits only, e.g. `105202`' },
  '^[IVXL]+$': { es: 'números romanos en mayúsculas, p. ej. `VII`', en: 'upper-case Roman numerals, e.g. `VII`' },
  '^[A-Z]{2}$': { es: 'un código de país de dos letras mayúsculas, p. ej. `MX`', en: 'a two-letter upper-case country code, e.g. `MX`' },
  '^(/[^/]*)*$': { es: 'un puntero JSON, p. ej. `/activities/0/purposes/1`', en: 'a JSON pointer, e.g. `/activities/0/purposes/1`' },
  '^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$': {
    es: '`AAAA-MM-DD` o `AAAA-MM`, p. ej. `2025-04`',
    en: '`YYYY-MM-DD` or `YYYY-MM`, e.g. `2025-04`',
  },
};

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
  if (ctx.lang === 'es') return typeof title === 'string' ? `«${title}»` : `«${path}»`;
  return `"${path}"`;
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
  return distance(value.toLowerCase(), best.toLowerCase()) <= limit ? message('SCHEMA-SUGGESTION', ctx.lang, { candidate: best }) : '';
}

function finding(
  code: MessageCode,
  ctx: Context,
  segments: readonly string[],
  target: 'key' | 'value',
  data: Record<string, unknown>,
  citation?: Citation,
): SchemaFinding {
  const publicCode = code === 'SCHEMA-REQUIRED-LAW' ? 'SCHEMA-REQUIRED' : code === 'SCHEMA-ONE-OF-REQUIRED' ? 'SCHEMA-REQUIRED' : code;
  return {
    code: publicCode,
    message: message(code, ctx.lang, data),
    pointer: toPointer(segments),
    target,
    ...(citation ? { citation } : {}),
  };
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
        key,
        parent: field,
        suggestion: suggestion(ctx, props, key),
      });
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((t) => TYPE_NAMES[t]?.[ctx.lang] ?? t)
        .join(ctx.lang === 'es' ? ' o ' : ' or ');
      const actual = TYPE_NAMES[typeOf(value)]?.[ctx.lang] ?? typeOf(value);
      return finding('SCHEMA-TYPE', ctx, segments, 'value', { field, expected, actual });
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return finding('SCHEMA-ENUM', ctx, segments, 'value', {
        field,
        value: String(value),
        allowed: allowed.map((a) => `\`${a}\``).join(', '),
        suggestion: suggestion(ctx, allowed, String(value)),
      });
    }
    case 'pattern': {
      const pattern = String(params.pattern);
      const hint = PATTERN_HINTS[pattern]?.[ctx.lang] ?? (ctx.lang === 'es' ? 'revise el valor' : 'check the value');
      return finding('SCHEMA-PATTERN', ctx, segments, 'value', { field, hint, value: String(value) });
    }
    case 'format': {
      const format = String(params.format);
      return finding('SCHEMA-FORMAT', ctx, segments, 'value', {
        field,
        format: FORMAT_NAMES[format]?.[ctx.lang] ?? format,
        value: String(value),
      });
    }
    case 'minLength':
      return finding('SCHEMA-MIN-LENGTH', ctx, segments, 'value', { field });
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
