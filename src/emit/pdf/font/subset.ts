import { writeSfnt } from './sfnt.js';
import type { FontFile } from './truetype.js';

/**
 * The glyphs a subset must hold: the ones drawn, .notdef, and the components of composite glyphs
 * (recursively). Returned sorted.
 */
export function closeOver(font: FontFile, used: Iterable<number>): number[] {
  const keep = new Set<number>([0]);
  const stack = [...used];
  while (stack.length) {
    const g = stack.pop()!;
    if (keep.has(g) && g !== 0) continue;
    keep.add(g);
    for (const c of font.components(g)) if (!keep.has(c)) stack.push(c);
  }
  return [...keep].sort((a, b) => a - b);
}

/**
 * A TrueType subset that keeps the original glyph ids: glyphs outside `keep` become empty (zero
 * length in loca), so CIDs equal glyph ids (CIDToGIDMap /Identity) and a word's content-stream
 * bytes do not depend on the document. Tables: the ones a PDF CIDFontType2 program needs (head,
 * hhea, maxp, hmtx, loca, glyf, and the hinting tables when present); cmap, name and post are left
 * out, as PDF consumers use the PDF's own encoding.
 */
export function subsetFont(font: FontFile, keep: number[]): Buffer {
  const n = font.numGlyphs;
  const datas: Buffer[] = [];
  const loca = Buffer.alloc((n + 1) * 4);
  let offset = 0;
  let k = 0;
  for (let g = 0; g < n; g++) {
    loca.writeUInt32BE(offset, g * 4);
    if (keep[k] === g) {
      k++;
      const d = font.glyphData(g);
      if (d.length) {
        datas.push(d);
        offset += d.length;
        const pad = (4 - (d.length % 4)) % 4;
        if (pad) {
          datas.push(Buffer.alloc(pad));
          offset += pad;
        }
      }
    }
  }
  loca.writeUInt32BE(offset, n * 4);
  const head = Buffer.from(font.tables.get('head')!);
  head.writeUInt32BE(0, 8); // checkSumAdjustment, computed over the whole file by writeSfnt
  head.writeInt16BE(1, 50); // long loca offsets
  const tables: [string, Buffer][] = [
    ['head', head],
    ['hhea', font.tables.get('hhea')!],
    ['maxp', font.tables.get('maxp')!],
    ['hmtx', font.tables.get('hmtx')!],
    ['loca', loca],
    ['glyf', Buffer.concat(datas, offset)],
  ];
  for (const tag of ['cvt ', 'fpgm', 'prep']) {
    const t = font.tables.get(tag);
    if (t) tables.push([tag, t]);
  }
  return writeSfnt(tables);
}
