import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * Emitters judge outputs, not source text, so their findings arrive without a position. Every
 * finding must point somewhere in the notice: a character an emitter cannot draw (named as U+XXXX
 * in its message) at its first occurrence in the source; anything else at the start of the file.
 */
export function positionEmitted(list: readonly Diagnostic[], text: string): Diagnostic[] {
  return list.map((d) => {
    if (d.range) return d;
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
