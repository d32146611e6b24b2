import type { LineCounter } from 'yaml';
import type { Range } from '../diagnostics/diagnostic.js';
import type { SourceNode } from './tree.js';

/** RFC 6901: '/a/b~1c' -> ['a', 'b/c']. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return body
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export interface Located {
  /** Range of the key when the pointer ends at a mapping entry. */
  key?: Range;
  /** Range of the value node (or of the deepest existing ancestor). */
  value: Range;
  /** True when the whole pointer resolved; false when only an ancestor was found. */
  exact: boolean;
}

function toRange(lc: LineCounter, start: number, end: number): Range {
  const s = lc.linePos(start);
  // Ranges end at the last character, not past the trailing newline.
  const e = lc.linePos(Math.max(start, end));
  return { start: { line: s.line, column: s.col }, end: { line: e.line, column: e.col } };
}

function nodeRange(lc: LineCounter, node: SourceNode | undefined): Range | undefined {
  return node ? toRange(lc, node.start, node.end) : undefined;
}

/** The node a pointer names, or undefined. */
export function nodeAt(tree: SourceNode | undefined, pointer: string): SourceNode | undefined {
  let node = tree;
  for (const seg of parsePointer(pointer)) {
    if (node?.kind === 'map') {
      const i = node.keys.indexOf(seg);
      node = i < 0 ? undefined : node.values[i];
    } else if (node?.kind === 'seq' && /^\d+$/.test(seg)) node = node.items[Number(seg)];
    else return undefined;
  }
  return node;
}

/** Maps a JSON pointer to source ranges for both the key and the value, through the source tree. */
export function locate(tree: SourceNode | undefined, lc: LineCounter, pointer: string): Located {
  const whole: Range = nodeRange(lc, tree) ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  let node = tree;
  let keyRange: Range | undefined;
  let valueRange = whole;
  for (const seg of parsePointer(pointer)) {
    if (node?.kind === 'map') {
      const i = node.keys.indexOf(seg);
      if (i < 0) return { key: keyRange, value: valueRange, exact: false };
      keyRange = toRange(lc, node.keyRanges[i]![0], node.keyRanges[i]![1]);
      const v = node.values[i];
      valueRange = nodeRange(lc, v) ?? keyRange ?? valueRange;
      node = v;
    } else if (node?.kind === 'seq') {
      const item = /^\d+$/.test(seg) ? node.items[Number(seg)] : undefined;
      if (item === undefined) return { key: keyRange, value: valueRange, exact: false };
      keyRange = undefined;
      valueRange = nodeRange(lc, item) ?? valueRange;
      node = item;
    } else {
      return { key: keyRange, value: valueRange, exact: false };
    }
  }
  return { key: keyRange, value: valueRange, exact: true };
}

/**
 * The range a diagnostic should carry: by default the key of a mapping entry (missing or unknown
 * keys are reported there), or the value when the value itself is wrong.
 */
export function rangeForPointer(tree: SourceNode | undefined, lc: LineCounter, pointer: string, prefer: 'key' | 'value' = 'key'): Range {
  const found = locate(tree, lc, pointer);
  // An empty value (`transfers:` with nothing after it) has a zero-width range: show the key.
  const empty = found.value.start.line === found.value.end.line && found.value.start.column === found.value.end.column;
  if (prefer === 'value' && found.exact && !(empty && found.key)) return found.value;
  return found.key ?? found.value;
}
