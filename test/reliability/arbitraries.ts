import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { EXAMPLE, REFERENCE } from './helpers.js';

// Generated notices, structurally valid and invalid: a real notice (the `notice init` example or
// the reference notice), changed at random places in its data (wrong types, missing and unknown
// keys, huge, empty and hostile strings, invalid dates), then in its YAML text (duplicate keys,
// tags, anchors and merges, truncation, stray indicator and control characters, directives,
// several documents). Everything is a plain value, so fast-check can shrink a failing case.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const BASES: Json[] = [parse(readFileSync(EXAMPLE, 'utf8')) as Json, parse(readFileSync(REFERENCE, 'utf8')) as Json];

function pathsOf(v: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}
const PATHS = BASES.map((b) => pathsOf(b));

/** Hostile and odd text: control characters, NUL, bidi overrides, RTL scripts, markup, template syntax. */
const NASTY = [
  '\u0000',
  'a\u0000b',
  '\u0007\u0008\u001b[31m',
  '\u202eevil\u202c',
  '\u2066x\u2069',
  'مرحبا بالعالم',
  'שלום עולם',
  '\ud800',
  '\uffff',
  '\u200b\u200f\ufeff',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '{{{raw}}} {{> partial}} ${alert(1)}',
  '[x](javascript:alert(1))',
  'javascript:alert(1)',
  'https:javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '%s%n%x',
  '../../../etc/passwd',
  'C:\\Windows\\system32',
  'CON',
  '💥🇲🇽',
  '\t\t',
  ' ',
  '',
  '2025-02-30',
  '2025-13',
  '0000-00-00',
  '9999-99-99',
  '2025-1-1',
  'not a date',
  'yes',
  'null',
  '~',
  '.inf',
  '0x1F',
  '1e400',
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'á', '<b>', ' '), fc.integer({ min: 1_000, max: 25_000 })).map(([c, n]) => c.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...NASTY), fc.string({ maxLength: 20 })).map(([a, b, c]) => a + b + c) },
);

const leaf: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

const value: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), leaf, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: fc.constant({}) },
);

/** Keys of the format in places they do not belong, and near-misses of real ones. */
const KEY = fc.oneof(fc.constantFrom('id', 'title', 'url', 'email', 'channels', 'kind', 'contact', 'tittle', 'activites', '<<', '__proto__', 'constructor', 'toString'), fc.string({ maxLength: 12 }));

export type DataEdit =
  | { op: 'set'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: Json }
  | { op: 'repeat'; at: number; times: number };

const dataEdit: fc.Arbitrary<DataEdit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('add' as const), at: fc.nat(), key: KEY, value }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), times: fc.integer({ min: 2, max: 60 }) }) },
);

export type TextEdit =
  | { op: 'duplicate-line'; at: number }
  | { op: 'tag'; at: number; tag: string }
  | { op: 'anchor-alias'; from: number; to: number; merge: boolean }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; chars: string }
  | { op: 'prefix'; text: string }
  | { op: 'crlf' };

const TAGS = ['!!js/function', '!!js/undefined', '!!js/regexp', '!custom', '!<tag:evil.example,2025:x>', '!!binary', '!!set', '!!omap', '!!timestamp', '!!int', '!!float', '!!str', '!!map', '!!seq', '!!null', '!'];
const INDICATORS = fc.string({ unit: fc.constantFrom(...':{}[],&*!|>\'"%@`#-?\t\n \\'.split(''), '\u0000', '\u202e', '\r', '\ufeff'), minLength: 1, maxLength: 6 });

const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('tag' as const), at: fc.nat(), tag: fc.constantFrom(...TAGS) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('anchor-alias' as const), from: fc.nat(), to: fc.nat(), merge: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), chars: INDICATORS }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('prefix' as const), text: fc.constantFrom('%YAML 1.1\n---\n', '%YAML 1.2\n---\n', '%TAG ! tag:evil.example,2025:\n---\n', '---\n', '\ufeff', '--- |\n', 'x: 1\n---\n') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('crlf' as const) }) },
);

export interface NoticeCase {
  base: number;
  data: DataEdit[];
  text: TextEdit[];
  /** Replace the whole file with random text (a small share of the cases). */
  garbage?: string;
}

export const noticeCase: fc.Arbitrary<NoticeCase> = fc.oneof(
  { weight: 30, arbitrary: fc.record({ base: fc.nat(BASES.length - 1), data: fc.array(dataEdit, { maxLength: 4 }), text: fc.array(textEdit, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ base: fc.constant(0), data: fc.constant([]), text: fc.constant([]), garbage: fc.string({ unit: 'binary', maxLength: 400 }) }) },
);

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } | undefined {
  if (path.length === 0) return undefined;
  let node = root;
  for (const seg of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[seg as never] as Json;
  }
  if (node === null || typeof node !== 'object') return undefined;
  return { parent: node, key: path[path.length - 1]! };
}

function applyData(root: Json, e: DataEdit, paths: Path[]): void {
  const path = paths[e.at % paths.length]!;
  const at = parentOf(root, path);
  if (e.op === 'add') {
    let node = root;
    for (const seg of path) node = (node as Record<string | number, Json>)?.[seg as never] as Json;
    if (node && typeof node === 'object' && !Array.isArray(node)) Object.defineProperty(node, e.key, { value: e.value, enumerable: true, writable: true, configurable: true });
    else if (Array.isArray(node)) node.push(e.value);
    return;
  }
  if (!at) return;
  const { parent, key } = at;
  if (e.op === 'set') (parent as Record<string | number, Json>)[key as never] = e.value as never;
  else if (e.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete (parent as Record<string, Json>)[key as string];
  } else if (e.op === 'repeat') {
    const item = (parent as Record<string | number, Json>)[key as never] as Json;
    if (Array.isArray(parent)) parent.splice(Number(key), 0, ...Array.from({ length: e.times }, () => clone(item)));
    else (parent as Record<string, Json>)[key as string] = Array.from({ length: e.times }, () => clone(item));
  }
}

const KEY_LINE = /^(\s*(?:- )?)([A-Za-z][\w-]*):(.*)$/;

function applyText(src: string, e: TextEdit): string {
  const lines = src.split('\n');
  switch (e.op) {
    case 'duplicate-line': {
      const keyed = lines.map((l, i) => (KEY_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
      if (keyed.length === 0) return src;
      const i = keyed[e.at % keyed.length]!;
      const m = KEY_LINE.exec(lines[i]!)!;
      // The same key again in the same mapping (the dash, if any, becomes indentation).
      lines.splice(i + 1, 0, `${m[1]!.replace('- ', '  ')}${m[2]}:${m[3]}`);
      return lines.join('\n');
    }
    case 'tag': {
      const keyed = lines.map((l, i) => (/^\s*(?:- )?[\w-]+: \S/.test(l) ? i : -1)).filter((i) => i >= 0);
      if (keyed.length === 0) return `${e.tag} ${src}`;
      const i = keyed[e.at % keyed.length]!;
      lines[i] = lines[i]!.replace(/: /, `: ${e.tag} `);
      return lines.join('\n');
    }
    case 'anchor-alias': {
      const parents = lines.map((l, i) => (/^\s*(?:- )?[\w-]+:\s*$/.test(l) ? i : -1)).filter((i) => i >= 0);
      const keyed = lines.map((l, i) => (KEY_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
      if (parents.length === 0 || keyed.length === 0) return src;
      const from = parents[e.from % parents.length]!;
      lines[from] = `${lines[from]} &a${e.from}`;
      const to = keyed[e.to % keyed.length]!;
      const m = KEY_LINE.exec(lines[to]!)!;
      const indent = m[1]!.replace('- ', '  ');
      lines[to] = e.merge ? `${m[1]}<<: *a${e.from}\n${indent}${m[2]}:${m[3]}` : `${m[1]}${m[2]}: *a${e.from}`;
      return lines.join('\n');
    }
    case 'truncate':
      return src.slice(0, e.at % (src.length + 1));
    case 'insert': {
      const at = e.at % (src.length + 1);
      return src.slice(0, at) + e.chars + src.slice(at);
    }
    case 'prefix':
      return e.text + src;
    case 'crlf':
      return src.replace(/\n/g, '\r\n');
  }
}

/** The YAML text of a case; `id` replaces the notice's id (unless an edit touched it) so ids stay unique. */
export function renderCase(c: NoticeCase, id: string): string {
  if (c.garbage !== undefined) return c.garbage;
  const data = clone(BASES[c.base]!) as Record<string, Json>;
  data.id = id;
  for (const e of c.data) applyData(data, e, PATHS[c.base]!);
  let src = stringify(data, { lineWidth: 0 });
  for (const e of c.text) src = applyText(src, e);
  return src;
}

/** Paths of the base notice that hold a text: replacing one keeps the notice mostly schema-valid. */
const NOT_FREE_TEXT = /^(id|law|updated|context|category|type|kind|municipalityKind|postalCode|number|extension|email|url|website|integralUrl|procedureUrl|consent|fractions|paragraphs|incisos|article|fraction|rights|refusal|data|purposes|apartado|country|at|rule|until)$/;
const TEXT_PATHS = BASES.map((b) =>
  pathsOf(b)
    .map((p, i) => [p, i] as const)
    .filter(([p]) => {
      const v = valueAt(b, p);
      const key = [...p].reverse().find((s) => typeof s === 'string') as string | undefined;
      return typeof v === 'string' && key !== undefined && !NOT_FREE_TEXT.test(key) && !/^[a-z0-9-]+$|@|^https?:|^\d{4}-\d{2}/.test(v);
    })
    .map(([, i]) => i),
);

function valueAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string | number, Json>)[seg as never] : undefined;
  return node;
}

/** Mostly valid notices with hostile texts in their text fields: they reach the emitters. */
export const mildNoticeCase: fc.Arbitrary<NoticeCase> = fc.nat(BASES.length - 1).chain((base) =>
  fc.record({
    base: fc.constant(base),
    data: fc.array(
      fc.record({ op: fc.constant('set' as const), at: fc.constantFrom(...TEXT_PATHS[base]!), value: text as fc.Arbitrary<Json> }),
      { minLength: 1, maxLength: 6 },
    ),
    text: fc.constant([] as TextEdit[]),
  }),
);
