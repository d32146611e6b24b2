import type { Range } from '../../diagnostics/diagnostic.js';
import type { ParsedSource } from '../../source/parse-yaml.js';
import { nodeAt } from '../../source/locate.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The source range of part of a string value ([start, end) offsets into the parsed string). Folded
 * and literal block scalars re-wrap text, so the part is found in the source with any run of
 * whitespace matching any run of whitespace (line breaks and indentation included), taking the same
 * occurrence as in the value. Undefined when it cannot be placed (the caller falls back to the value).
 */
export function spanRange(source: ParsedSource, pointer: string, span: readonly [number, number]): Range | undefined {
  const node = nodeAt(source.tree, pointer);
  const value = node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
  if (!node || value === undefined) return undefined;
  const [start, end] = span;
  const needle = value.slice(start, end).trim();
  if (!needle || start < 0 || end > value.length) return undefined;
  const pattern = new RegExp(needle.split(/\s+/).map(escape).join('\\s+'), 'g');
  const lead = value.slice(start).length - value.slice(start).trimStart().length;
  const occurrence = [...value.slice(0, start + lead).matchAll(new RegExp(pattern.source, 'g'))].length;
  const text = source.text.slice(node.start, node.end);
  let m: RegExpExecArray | null = null;
  for (let i = 0; i <= occurrence; i++) {
    m = pattern.exec(text);
    if (!m) return undefined;
  }
  const from = node.start + m!.index;
  const to = from + m![0].length;
  const s = source.lineCounter.linePos(from);
  const e = source.lineCounter.linePos(to);
  return { start: { line: s.line, column: s.col }, end: { line: e.line, column: e.col } };
}
