import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { CatalogueCode } from '../diagnostics/catalogue/index.js';
import { toPointer } from './locate.js';
import { LIMITS } from './limits.js';

/** A problem the guard found: a catalogue code, its data, where (offsets into the text). */
export interface GuardFinding {
  code: CatalogueCode;
  data: Record<string, unknown>;
  pointer: string;
  offsets: [number, number];
  /** The document must not be turned into data (a limit was exceeded). */
  fatal: boolean;
}

export interface GuardResult {
  findings: GuardFinding[];
  /** Offsets of the first alias, to position an alias-expansion failure. */
  firstAlias?: [number, number];
}

/**
 * Characters a notice may never contain: C0 and C1 controls other than tab, line feed and carriage
 * return, DEL, the bidirectional embeddings, overrides and isolates (they reorder what a reader sees,
 * as in "Trojan Source"), noncharacters U+FFFE/U+FFFF and lone surrogates (not encodable as UTF-8).
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Control-character findings reported per file (one is enough to fail it; a few help fix it). */
const MAX_CHAR_FINDINGS = 20;

const NAMES: Record<number, string> = { 0: 'NUL', 0x7f: 'DEL', 0x1b: 'ESC', 0x202e: 'RLO', 0x202d: 'LRO', 0x202b: 'RLE', 0x202a: 'LRE', 0x202c: 'PDF', 0x2066: 'LRI', 0x2067: 'RLI', 0x2068: 'FSI', 0x2069: 'PDI' };

export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[cp] ? `${hex} ${NAMES[cp]}` : hex;
}

/** The forbidden character in a text, if any. */
export function forbiddenChar(text: string): string | undefined {
  return FORBIDDEN.exec(text)?.[0];
}

const CORE = 'tag:yaml.org,2002:';
/** Tags of plain JSON values; any other tag (resolved or not) is refused. */
const SCALAR_TAGS = new Set([`${CORE}str`, `${CORE}int`, `${CORE}float`, `${CORE}bool`, `${CORE}null`]);

/** A scalar's tag and value are plain JSON: no tag, or a core tag whose value resolved to its type. */
function plainScalar(tag: string | undefined, value: unknown): boolean {
  const json = value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number';
  if (!json) return false;
  if (!tag || tag === '!') return true;
  if (!SCALAR_TAGS.has(tag)) return false;
  // `!!int "abc"` stays a string when the tag cannot resolve it.
  return tag === `${CORE}str` || typeof value !== 'string';
}

function offsetsOf(node: { range?: [number, number, number] | null } | null | undefined, fallback: [number, number]): [number, number] {
  return node?.range ? [node.range[0], node.range[1]] : fallback;
}

/**
 * Walks a parsed document once (iteratively: depth is what is being checked) and enforces the
 * limits, that every value is plain JSON data (no binary, dates, sets) and that no text holds a
 * forbidden character. Stops at the first exceeded limit.
 */
export function guardDocument(doc: Document.Parsed): GuardResult {
  const findings: GuardFinding[] = [];
  let firstAlias: [number, number] | undefined;
  let nodes = 0;
  let aliases = 0;
  let charFindings = 0;
  const root: [number, number] = [0, 0];
  // `anchors`: the anchors of the node's ancestors, so an alias to one of them (a cycle) is caught.
  const stack: { node: unknown; depth: number; path: (string | number)[]; anchors: readonly string[] }[] = [{ node: doc.contents, depth: 1, path: [], anchors: [] }];
  const fatal = (code: CatalogueCode, data: Record<string, unknown>, path: (string | number)[], offsets: [number, number]): GuardResult => {
    findings.push({ code, data, pointer: toPointer(path), offsets, fatal: true });
    return { findings, ...(firstAlias ? { firstAlias } : {}) };
  };
  while (stack.length > 0) {
    const { node, depth, path, anchors } = stack.pop()!;
    if (node === null || node === undefined) continue;
    const at = offsetsOf(node as Node, root);
    if (++nodes > LIMITS.nodes) return fatal('LIMIT-NODES', { limit: LIMITS.nodes }, path, at);
    if (isAlias(node)) {
      firstAlias ??= at;
      if (++aliases > LIMITS.aliases) return fatal('YAML-ALIAS-LIMIT', { detail: `más de ${LIMITS.aliases} alias` }, path, at);
      // An alias inside the node its anchor names would make the data infinite (a cycle).
      if (anchors.includes(node.source)) return fatal('YAML-ALIAS-CYCLE', { alias: node.source }, path, at);
      continue;
    }
    if (isScalar(node)) {
      const v = node.value;
      if (!plainScalar(node.tag, v)) findings.push({ code: 'YAML-TAG-UNSUPPORTED', data: { tag: node.tag ?? typeof v }, pointer: toPointer(path), offsets: at, fatal: false });
      if (typeof v === 'string') {
        if (v.length > LIMITS.stringChars) return fatal('LIMIT-STRING-LENGTH', { length: v.length, limit: LIMITS.stringChars }, path, at);
        const bad = charFindings < MAX_CHAR_FINDINGS ? forbiddenChar(v) : undefined;
        if (bad !== undefined) {
          charFindings++;
          findings.push({ code: 'YAML-CONTROL-CHARACTER', data: { char: describeChar(bad) }, pointer: toPointer(path), offsets: at, fatal: false });
        }
      }
      continue;
    }
    if (isMap(node) || isSeq(node)) {
      if (depth > LIMITS.depth) return fatal('LIMIT-DEPTH', { limit: LIMITS.depth }, path, at);
      if (node.tag && node.tag !== '!' && node.tag !== (isMap(node) ? `${CORE}map` : `${CORE}seq`)) findings.push({ code: 'YAML-TAG-UNSUPPORTED', data: { tag: node.tag }, pointer: toPointer(path), offsets: at, fatal: false });
      const items = node.items as unknown[];
      if (items.length > LIMITS.collectionItems) {
        const first = items[LIMITS.collectionItems];
        const firstNode = isPair(first) ? (first.key as Node | null) : (first as Node | null);
        return fatal('LIMIT-COLLECTION-SIZE', { count: items.length, limit: LIMITS.collectionItems }, path, offsetsOf(firstNode, at));
      }
      if (isMap(node)) duplicateKeys(node.items, path, findings);
      const inner = node.anchor ? [...anchors, node.anchor] : anchors;
      for (let k = items.length - 1; k >= 0; k--) {
        const item = items[k];
        if (isPair(item)) {
          const key = isScalar(item.key) ? String(item.key.value) : String(k);
          stack.push({ node: item.value, depth: depth + 1, path: [...path, key], anchors: inner });
          stack.push({ node: item.key, depth: depth + 1, path, anchors: inner });
        } else {
          stack.push({ node: item, depth: depth + 1, path: [...path, k], anchors: inner });
        }
      }
      continue;
    }
  }
  return { findings, ...(firstAlias ? { firstAlias } : {}) };
}

/** Keys repeated in one mapping, each reported at its repetition (a Set: linear, unlike yaml's check). */
function duplicateKeys(pairs: readonly unknown[], path: (string | number)[], findings: GuardFinding[]): void {
  const seen = new Set<unknown>();
  for (const p of pairs) {
    if (!isPair(p) || !isScalar(p.key)) continue;
    const k = p.key.value;
    if (k === '<<' && p.key.type === 'PLAIN') continue;
    if (seen.has(k)) findings.push({ code: 'YAML-DUPLICATE-KEY', data: { key: String(k) }, pointer: toPointer([...path, String(k)]), offsets: offsetsOf(p.key as Node, [0, 0]), fatal: false });
    else seen.add(k);
  }
}
