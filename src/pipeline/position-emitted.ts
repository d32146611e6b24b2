import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeForPointer } from '../source/locate.js';
import { parseYaml } from '../source/parse-yaml.js';

/**
 * Findings of the compile and publish steps (emitters, ids, the bundle plan) arrive without a
 * position, and every finding must point somewhere in the notice: at its JSON pointer (`/id`) when
 * it has one; at the first occurrence of a character it names as U+XXXX (a glyph the PDF font
 * lacks); else at the start of the file.
 */
export function positionEmitted(list: readonly Diagnostic[], text: string | undefined): Diagnostic[] {
  let parsed: ReturnType<typeof parseYaml> | undefined;
  return list.map((d) => {
    if (d.range || text === undefined) return d;
    if (d.pointer) {
      parsed ??= parseYaml(d.file, text);
      return { ...d, range: rangeForPointer(parsed.tree, parsed.lineCounter, d.pointer, 'value') };
    }
    const codes = [...d.message.matchAll(/U\+([0-9A-F]{4,6})/g)].map((m) => String.fromCodePoint(parseInt(m[1]!, 16)));
    const offsets = codes.map((c) => text.indexOf(c)).filter((i) => i >= 0);
    const at = offsets.length > 0 ? positionOf(text, Math.min(...offsets)) : { line: 1, column: 1 };
    return { ...d, range: { start: at, end: at } };
  });
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
