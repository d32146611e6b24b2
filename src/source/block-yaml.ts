import { isScalar, LineCounter, Schema, type ScalarTag } from 'yaml';
import { forbiddenChar } from './guard.js';
import { LIMITS, PRESCAN_DEPTH, PRESCAN_NODES } from './limits.js';
import { prescan } from './prescan.js';
import type { SourceMap, SourceNode, SourceSeq } from './tree.js';

/**
 * A fast reader for the plain block-style YAML that notices are written in: mappings with
 * identifier keys, lists, plain, quoted and block texts, comments. It returns the data and the
 * source tree that `yaml.parseDocument` + `toJS` would give (same values, same offsets), or
 * undefined for anything it does not fully understand: anchors, aliases, tags, flow collections
 * other than `[]`/`{}`, escapes, multi-line quotes, explicit keys, directives, several documents,
 * tabs, carriage returns, a repeated key, any control character, anything over a limit, anything
 * yaml would report as an error or warning. The caller then uses yaml itself, which stays the
 * reader of record: the fast reader only ever answers for text whose reading is not in doubt, and
 * test/source/block-yaml.test.ts compares both readers on every notice in the repository and on
 * thousands of fuzzed ones.
 *
 * Why it exists: `notice check` must cost at most 1.3× a bare `yaml.parse` of the same files (issue
 * #14), and building yaml's document tree alone costs about that; this reader takes about a
 * fifth of it.
 */

/** Plain scalars resolve as yaml's core schema resolves them (null, booleans, numbers): its own tags. */
const CORE_TAGS = new Schema({ resolveKnownTags: false }).tags.filter((t): t is ScalarTag => t.default === true && !t.collection && (t as ScalarTag).test !== undefined);

/** Identifier-like keys; anything else (quoted, accented, spaced keys) goes to yaml. */
const KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** Keys yaml would not read as a plain string. */
const NON_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;
/** Characters that may not start a plain scalar here (YAML indicators; `-`, `?` and `:` too, conservatively). */
const INDICATOR = /[-?:,[\]{}#&*!|>'"%@`]/;

class Unsupported extends Error {}
const UNSUPPORTED = new Unsupported();
/** Why the last read was left to yaml (for tests and for tuning the reader). */
export let lastUnsupported = '';
function bail(why = 'unsupported'): never {
  lastUnsupported = why;
  throw UNSUPPORTED;
}

interface Value {
  data: unknown;
  node: SourceNode;
}

const SPACE = 32;

class Reader {
  readonly text: string;
  /** Offsets where each line starts and ends (the end excludes the line break). */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Indentation of each line and whether it holds only spaces or only a comment. */
  readonly indents: number[] = [];
  readonly noise: boolean[] = [];
  readonly blank: boolean[] = [];
  /** The current line. */
  li = 0;
  nodes = 0;

  constructor(text: string) {
    this.text = text;
    let start = 0;
    const n = text.length;
    while (start <= n) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = n;
      let i = start;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(i - start);
      const isBlank = i === end;
      this.blank.push(isBlank);
      this.noise.push(isBlank || text.charCodeAt(i) === 35 /* # */);
      if (end === n) break;
      start = end + 1;
    }
  }

  get lines(): number {
    return this.starts.length;
  }

  /** After the line break of line `li` (or the end of the text). */
  after(li: number): number {
    return Math.min(this.ends[li]! + 1, this.text.length);
  }

  /** The next line at or after `li` that holds something other than spaces or a comment. */
  nextContent(li: number): number {
    while (li < this.lines && this.noise[li]) li++;
    return li;
  }

  count(): void {
    if (++this.nodes > LIMITS.nodes / 2) bail('many values');
  }

  isDash(li: number): boolean {
    const at = this.starts[li]! + this.indents[li]!;
    if (this.text.charCodeAt(at) !== 45 /* - */) return false;
    const next = at + 1;
    return next === this.ends[li] || this.text.charCodeAt(next) === SPACE;
  }

  /** A key at `off` (on the current line) followed by `:` and a space or the line end: its end. */
  keyEnd(off: number): number {
    KEY.lastIndex = off;
    if (!KEY.test(this.text)) return -1;
    const end = KEY.lastIndex;
    if (this.text.charCodeAt(end) !== 58 /* : */) return -1;
    return end + 1 === this.ends[this.li] || this.text.charCodeAt(end + 1) === SPACE ? end : -1;
  }

  /** A block node whose first line is the current line, indented `indent`. */
  block(indent: number, depth: number): Value {
    if (this.isDash(this.li)) return this.seq(indent, depth);
    const off = this.starts[this.li]! + indent;
    if (this.keyEnd(off) < 0) bail('not a key');
    return this.map(indent, off, depth);
  }

  map(indent: number, first: number, depth: number): Value {
    if (depth > LIMITS.depth) bail('deep');
    this.count();
    const data: Record<string, unknown> = {};
    const node: SourceMap = { kind: 'map', start: first, end: first, keys: [], keyRanges: [], values: [] };
    let off = first;
    for (;;) {
      const end = this.keyEnd(off);
      if (end < 0) bail('not a key');
      const key = this.text.slice(off, end);
      // yaml refuses an implicit key over 1,024 characters (KEY_OVER_1024_CHARS).
      if (NON_STRING_KEY.test(key) || Object.prototype.hasOwnProperty.call(data, key) || key.length > 1024) bail('special, repeated or long key');
      this.count();
      const value = this.value(end + 1, indent, depth, true);
      data[key] = value.data;
      node.keys.push(key);
      node.keyRanges.push([off, end]);
      node.values.push(value.node);
      node.end = value.node.end;
      if (node.keys.length > LIMITS.collectionItems) bail('long mapping');
      const li = (this.li = this.nextContent(this.li));
      if (li >= this.lines || this.indents[li]! < indent) break;
      if (this.indents[li]! > indent) bail('indentation');
      if (this.isDash(li)) break;
      off = this.starts[li]! + indent;
    }
    return { data, node };
  }

  seq(indent: number, depth: number): Value {
    if (depth > LIMITS.depth) bail('deep');
    this.count();
    const data: unknown[] = [];
    const start = this.starts[this.li]! + indent;
    const node: SourceSeq = { kind: 'seq', start, end: start, items: [] };
    for (;;) {
      const dash = this.starts[this.li]! + indent;
      let p = dash + 1;
      const lineEnd = this.ends[this.li]!;
      while (p < lineEnd && this.text.charCodeAt(p) === SPACE) p++;
      let value: Value;
      if (p < lineEnd && this.text.charCodeAt(p) !== 35 && this.keyEnd(p) >= 0) {
        // `- key: value`: a mapping whose keys line up with this first one.
        value = this.map(p - this.starts[this.li]!, p, depth + 1);
      } else {
        if (this.isDash(this.li) && p < lineEnd && this.text.charCodeAt(p) === 45) bail('nested list on one line');
        value = this.value(dash + 1, indent, depth, false);
      }
      data.push(value.data);
      node.items.push(value.node);
      node.end = value.node.end;
      if (data.length > LIMITS.collectionItems) bail('long list');
      const li = (this.li = this.nextContent(this.li));
      if (li >= this.lines || this.indents[li]! < indent) break;
      if (this.indents[li]! > indent) bail('indentation');
      if (!this.isDash(li)) break;
    }
    return { data, node };
  }

  /**
   * The value after a key's `:` or a list's `-` at `off` on the current line, for an entry
   * indented `parent`. Leaves the current line on the last line the value used, plus one.
   */
  value(off: number, parent: number, depth: number, inMap: boolean): Value {
    const text = this.text;
    const lineEnd = this.ends[this.li]!;
    let p = off;
    while (p < lineEnd && text.charCodeAt(p) === SPACE) p++;
    if (p === lineEnd || text.charCodeAt(p) === 35) {
      // Nothing on this line: a nested block, or an empty value.
      if (p < lineEnd && p === off) bail('comment without space');
      const next = this.nextContent(this.li + 1);
      if (next < this.lines && (this.indents[next]! > parent || (inMap && this.indents[next] === parent && this.isDash(next)))) {
        this.li = next;
        return this.block(this.indents[next]!, depth + 1);
      }
      this.li++;
      this.count();
      return { data: null, node: { kind: 'scalar', start: p, end: p, value: null } };
    }
    this.count();
    const c = text.charCodeAt(p);
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(p, parent);
    if (c === 34 /* " */ || c === 39 /* ' */) return this.quoted(p, c);
    if (c === 91 /* [ */ || c === 123 /* { */) {
      const flow = this.flow(p, depth + 1);
      this.restOfLine(flow.node.end);
      this.li++;
      return flow;
    }
    if (INDICATOR.test(text[p]!)) bail('indicator');
    return this.plain(p, parent);
  }

  /** Only spaces, then nothing or a comment, from `p` to the line end. */
  restOfLine(p: number): void {
    const lineEnd = this.ends[this.li]!;
    const from = p;
    while (p < lineEnd && this.text.charCodeAt(p) === SPACE) p++;
    if (p < lineEnd && (this.text.charCodeAt(p) !== 35 || p === from)) bail('text after value');
  }

  /** One line of a plain scalar from `p`: where its text ends and whether a comment follows. */
  plainLine(p: number, lineEnd: number): { end: number; comment: boolean } {
    const text = this.text;
    // Scanned by hand, not with indexOf: a search must not run past the line (that would be quadratic).
    let stop = lineEnd;
    for (let i = p; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE && text.charCodeAt(i + 1) === 35 /* # */ && i + 1 < lineEnd) {
        stop = i;
        break;
      }
      if (c === 58 /* : */ && (i + 1 === lineEnd || text.charCodeAt(i + 1) === SPACE)) bail('colon in text');
    }
    let end = stop;
    while (end > p && text.charCodeAt(end - 1) === SPACE) end--;
    if (text.charCodeAt(end - 1) === 58) bail('colon in text');
    return { end, comment: stop < lineEnd };
  }

  plain(p: number, parent: number): Value {
    const text = this.text;
    let line = this.plainLine(p, this.ends[this.li]!);
    let value = text.slice(p, line.end);
    let end = line.end;
    let last = this.li;
    if (!line.comment) {
      let blanks = 0;
      for (let k = this.li + 1; k < this.lines; k++) {
        if (this.blank[k]) {
          blanks++;
          continue;
        }
        if (this.indents[k]! <= parent || this.noise[k]) break;
        const from = this.starts[k]! + this.indents[k]!;
        if (INDICATOR.test(text[from]!)) bail('indicator');
        line = this.plainLine(from, this.ends[k]!);
        if (line.comment) bail('comment in text');
        value += (blanks > 0 ? '\n'.repeat(blanks) : ' ') + text.slice(from, line.end);
        blanks = 0;
        end = line.end;
        last = k;
      }
    }
    if (value.length > LIMITS.stringChars) bail('long text');
    this.li = last + 1;
    const data = resolvePlain(value);
    return { data, node: { kind: 'scalar', start: p, end, value: data } };
  }

  quoted(p: number, quote: number): Value {
    const value = this.quotedText(p, quote);
    this.restOfLine(value.node.end);
    this.li++;
    return value;
  }

  /** A quoted text on one line, without escapes: its value and node (the node ends after the quote). */
  quotedText(p: number, quote: number): Value {
    const text = this.text;
    const lineEnd = this.ends[this.li]!;
    let q = p + 1;
    let value: string;
    if (quote === 34) {
      q = text.indexOf('"', q);
      if (q < 0 || q >= lineEnd) bail('multi-line quote');
      value = text.slice(p + 1, q);
      if (value.includes('\\')) bail('escape');
    } else {
      for (;;) {
        q = text.indexOf("'", q);
        if (q < 0 || q >= lineEnd) bail('multi-line quote');
        if (text.charCodeAt(q + 1) !== 39) break;
        q += 2;
      }
      value = text.slice(p + 1, q).replaceAll("''", "'");
    }
    if (value.length > LIMITS.stringChars) bail('long text');
    return { data: value, node: { kind: 'scalar', start: p, end: q + 1, value } };
  }

  /**
   * A flow collection (`[a, b]`, `{ k: v }`) that opens and closes on the current line, with plain
   * or quoted texts and nested flow collections inside.
   */
  flow(p: number, depth: number): Value {
    if (depth > LIMITS.depth) bail('flow-depth');
    this.count();
    const text = this.text;
    const lineEnd = this.ends[this.li]!;
    const isMap = text.charCodeAt(p) === 123;
    const close = isMap ? 125 : 93;
    const data: unknown = isMap ? {} : [];
    const node: SourceNode = isMap ? { kind: 'map', start: p, end: p, keys: [], keyRanges: [], values: [] } : { kind: 'seq', start: p, end: p, items: [] };
    let i = this.skipSpaces(p + 1, lineEnd);
    if (text.charCodeAt(i) === close) {
      node.end = i + 1;
      return { data, node };
    }
    for (;;) {
      let key: string | undefined;
      if (isMap) {
        const end = this.keyEnd(i);
        if (end < 0 || text.charCodeAt(end + 1) !== SPACE) bail('flow-key');
        key = text.slice(i, end);
        if (NON_STRING_KEY.test(key) || Object.prototype.hasOwnProperty.call(data, key) || key.length > 1024) bail('flow-key');
        (node as SourceMap).keys.push(key);
        (node as SourceMap).keyRanges.push([i, end]);
        this.count();
        i = this.skipSpaces(end + 1, lineEnd);
      }
      const c = text.charCodeAt(i);
      let value: Value;
      this.count();
      if (c === 91 || c === 123) value = this.flow(i, depth + 1);
      else if (c === 34 || c === 39) value = this.quotedText(i, c);
      else value = this.flowPlain(i, lineEnd);
      if (key !== undefined) {
        (data as Record<string, unknown>)[key] = value.data;
        (node as SourceMap).values.push(value.node);
      } else {
        (data as unknown[]).push(value.data);
        (node as SourceSeq).items.push(value.node);
      }
      if ((isMap ? (node as SourceMap).keys : (node as SourceSeq).items).length > LIMITS.collectionItems) bail('flow-size');
      i = this.skipSpaces(value.node.end, lineEnd);
      if (text.charCodeAt(i) === 44 /* , */) i = this.skipSpaces(i + 1, lineEnd);
      else if (text.charCodeAt(i) !== close) bail('flow-separator');
      if (text.charCodeAt(i) === close) {
        node.end = i + 1;
        return { data, node };
      }
      if (i >= lineEnd) bail('flow-line');
    }
  }

  skipSpaces(i: number, lineEnd: number): number {
    while (i < lineEnd && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** A plain text inside a flow collection: up to `,`, a bracket, or the line end. */
  flowPlain(p: number, lineEnd: number): Value {
    const text = this.text;
    if (p >= lineEnd || INDICATOR.test(text[p]!)) bail('flow-plain-start');
    let i = p;
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125) break;
      if (c === 58 /* : */) bail('flow-plain-colon');
      if (c === 35 /* # */ && text.charCodeAt(i - 1) === SPACE) bail('flow-comment');
    }
    let end = i;
    while (end > p && text.charCodeAt(end - 1) === SPACE) end--;
    if (end - p > LIMITS.stringChars) bail('long text');
    const data = resolvePlain(text.slice(p, end));
    return { data, node: { kind: 'scalar', start: p, end, value: data } };
  }

  /** `|` or `>` with an optional `-` or `+` and no indentation indicator. */
  blockScalar(p: number, parent: number): Value {
    const text = this.text;
    const folded = text.charCodeAt(p) === 62;
    let h = p + 1;
    const chomp = text[h] === '-' || text[h] === '+' ? text[h++] : '';
    this.restOfLine(h);
    const head = this.li;
    // The first line with text sets the indentation; blank lines before it may not be longer.
    let first = head + 1;
    while (first < this.lines && this.blank[first]) first++;
    if (first >= this.lines) bail('empty block text');
    const indent = this.indents[first]!;
    if (indent <= parent) bail('empty block text');
    const lines: string[] = [];
    let lastContent = head;
    let blanks = 0;
    for (let k = head + 1; k < this.lines; k++) {
      const width = this.ends[k]! - this.starts[k]!;
      if (this.blank[k]) {
        if (width > indent) bail('spaces in block text');
        blanks++;
        continue;
      }
      if (this.indents[k]! < indent) break;
      if (folded && this.indents[k]! > indent) bail('more-indented folded line');
      for (; blanks > 0; blanks--) lines.push('');
      lines.push(text.slice(this.starts[k]! + indent, this.ends[k]));
      lastContent = k;
    }
    // A block that runs to the end of a text without a final line break, or a kept (`+`) block
    // whose trailing blank lines do: left to yaml.
    if (this.ends[lastContent] === text.length || (chomp === '+' && !text.endsWith('\n'))) bail('block text at end of file');
    let trailing = 0;
    for (let k = lastContent + 1; k < this.lines && this.blank[k] && this.ends[k]! < text.length; k++) trailing++;
    let value = folded ? fold(lines) : lines.join('\n');
    if (chomp === '') value += '\n';
    else if (chomp === '+') value += '\n'.repeat(1 + trailing);
    if (value.length > LIMITS.stringChars) bail('long text');
    const endLine = chomp === '+' ? lastContent + trailing : lastContent;
    const end = this.after(endLine);
    this.li = endLine + 1;
    return { data: value, node: { kind: 'scalar', start: p, end, value } };
  }
}

/** Folded block text: lines joined by a space, each run of n blank lines kept as n line breaks. */
function fold(lines: readonly string[]): string {
  let out = '';
  let blanks = 0;
  let started = false;
  for (const line of lines) {
    if (line === '') {
      blanks++;
      continue;
    }
    if (started) out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    else out += '\n'.repeat(blanks);
    out += line;
    blanks = 0;
    started = true;
  }
  return out;
}

function resolvePlain(value: string): unknown {
  for (const tag of CORE_TAGS) {
    if (!tag.test!.test(value)) continue;
    let failed = false;
    const res = (tag.resolve as (s: string, onError: (m: string) => void, o: { intAsBigInt: boolean }) => unknown)(value, () => (failed = true), { intAsBigInt: false });
    if (failed) bail('unresolvable value');
    return isScalar(res) ? res.value : res;
  }
  return value;
}

export interface BlockRead {
  data: Record<string, unknown>;
  tree: SourceNode;
  lineCounter: LineCounter;
}

/** The data and source tree of a notice in plain block YAML, or undefined: then ask yaml. */
export function readBlockYaml(text: string): BlockRead | undefined {
  if (text.includes('\t') || text.includes('\r') || text.charCodeAt(0) === 0xfeff || forbiddenChar(text) !== undefined) {
    lastUnsupported = 'characters';
    return undefined;
  }
  // The same refusals as yaml's path, before reading: the size, and the pre-scan's estimates of
  // nesting and values (it counts, for example, each continuation line of a plain text as a value,
  // so a file the fast reader finds small may be refused there; the reader must not disagree).
  if (Buffer.byteLength(text, 'utf8') > LIMITS.fileBytes || prescan(text, { depth: PRESCAN_DEPTH, nodes: PRESCAN_NODES })) {
    lastUnsupported = 'limits';
    return undefined;
  }
  try {
    const r = new Reader(text);
    const li = r.nextContent(0);
    if (li >= r.lines || r.indents[li] !== 0) return undefined;
    r.li = li;
    const top = text.slice(r.starts[li], r.starts[li]! + 3);
    if (top === '---' || top === '...' || top.startsWith('%')) return undefined;
    const { data, node } = r.block(0, 1);
    if (node.kind !== 'map' || r.nextContent(r.li) < r.lines) return undefined;
    const lineCounter = new LineCounter();
    for (const s of r.starts) lineCounter.addNewLine(s);
    return { data: data as Record<string, unknown>, tree: node, lineCounter };
  } catch (e) {
    if (e === UNSUPPORTED) return undefined;
    throw e;
  }
}

