import { deflateSync } from 'node:zlib';
import { closeOver, subsetFont } from './subset.js';
import type { FontFile } from './truetype.js';

/**
 * The parts of an embedded font subset that depend only on its glyph set: the compressed
 * TrueType program, CIDSet, widths (W) and ToUnicode map, and the subset's name.
 */
export interface SubsetParts {
  baseFont: string;
  program: Buffer;
  cidSet: Buffer;
  widths: string;
  toUnicode: Buffer;
}

/**
 * Glyph groups a subset takes whole: if a document draws one glyph of a group, its subset holds
 * the group's every glyph. Documents then share a handful of subsets (most Spanish text uses the
 * same groups), so each subset is built and compressed once per process and reused, at the cost
 * of a few unused glyphs. The subset remains a pure function of the glyphs the document drew:
 * two documents with the same groups and the same other glyphs get the same bytes, and nothing
 * of one document's state reaches another. Ranges are Unicode code points.
 */
const GROUPS: [number, number][][] = [
  [[0x20, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
  [[0x30, 0x39]],
  [[0x41, 0x5a]],
  [[0x61, 0x7a]],
  // The letters and marks of Spanish: Á É Í Ñ Ó Ú Ü á é í ñ ó ú ü ¡ ¿ « ».
  [0xc1, 0xc9, 0xcd, 0xd1, 0xd3, 0xda, 0xdc, 0xe1, 0xe9, 0xed, 0xf1, 0xf3, 0xfa, 0xfc, 0xa1, 0xbf, 0xab, 0xbb].map((c): [number, number] => [c, c]),
  [[0xa0, 0xff]],
  [[0x2010, 0x2027], [0x2030, 0x205e]],
];

interface Grouping {
  /** Group index of each glyph, or -1. */
  groupOf: Int8Array;
  members: number[][];
  cache: Map<string, SubsetParts>;
}

const groupings = new WeakMap<FontFile, Grouping>();
const CACHE_LIMIT = 64;

function grouping(font: FontFile): Grouping {
  let g = groupings.get(font);
  if (g) return g;
  const groupOf = new Int8Array(font.numGlyphs).fill(-1);
  const members: number[][] = GROUPS.map(() => []);
  GROUPS.forEach((ranges, i) => {
    for (const [lo, hi] of ranges) {
      for (let cp = lo; cp <= hi; cp++) {
        const gid = font.glyphFor(cp);
        if (gid && groupOf[gid] === -1) {
          groupOf[gid] = i;
          members[i]!.push(gid);
        }
      }
    }
  });
  g = { groupOf, members, cache: new Map() };
  groupings.set(font, g);
  return g;
}

function utf16hex(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16).padStart(4, '0');
  return out;
}

/** Six capitals naming a subset (ISO 32000 9.6.4), from an FNV-1a hash of the font and its glyphs: deterministic. */
export function subsetTag(fontName: string, glyphs: number[]): string {
  let h = 0x811c9dc5;
  const mix = (v: number): void => {
    h = Math.imul(h ^ v, 0x01000193) >>> 0;
  };
  for (let i = 0; i < fontName.length; i++) mix(fontName.charCodeAt(i));
  for (const g of glyphs) {
    mix(g & 0xff);
    mix(g >> 8);
  }
  let tag = '';
  for (let i = 0; i < 6; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    tag += String.fromCharCode(65 + (h % 26));
  }
  return tag;
}

/** The ToUnicode CMap of a subset: every glyph that stands for a character, to that character. */
function toUnicodeCMap(font: FontFile, glyphs: number[]): string {
  const entries: string[] = [];
  for (const g of glyphs) {
    const u = font.unicodeFor(g);
    if (u === undefined) continue;
    entries.push(`<${g.toString(16).padStart(4, '0')}> <${utf16hex(String.fromCodePoint(u))}>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function build(font: FontFile, glyphs: number[]): SubsetParts {
  const keep = closeOver(font, glyphs);
  const scale = 1000 / font.unitsPerEm;
  const cidSet = new Uint8Array(Math.ceil((keep[keep.length - 1]! + 1) / 8));
  for (const g of keep) cidSet[g >> 3]! |= 0x80 >> (g & 7);
  // W: consecutive glyph ids share one array.
  const widths: string[] = [];
  let i = 0;
  while (i < keep.length) {
    const start = keep[i]!;
    const run: number[] = [];
    let g = start;
    while (i < keep.length && keep[i] === g) {
      run.push(Math.round(font.advance(g) * scale * 100) / 100);
      i++;
      g++;
    }
    widths.push(`${start} [${run.join(' ')}]`);
  }
  return {
    baseFont: `${subsetTag(font.postscriptName, keep)}+${font.postscriptName}`,
    program: deflateSync(subsetFont(font, keep)),
    cidSet: deflateSync(cidSet),
    widths: widths.join(' '),
    toUnicode: deflateSync(Buffer.from(toUnicodeCMap(font, keep), 'latin1')),
  };
}

/**
 * The subset for the glyphs a document drew (`used[gid]` set): those glyphs, the whole groups
 * they belong to, and the components of composite glyphs. Built once per distinct group set and
 * other glyphs, then shared (the parts are immutable).
 */
export function subsetFor(font: FontFile, used: Uint8Array): SubsetParts {
  const g = grouping(font);
  let mask = 0;
  const extras: number[] = [];
  for (let gid = 0; gid < used.length; gid++) {
    if (!used[gid]) continue;
    const group = g.groupOf[gid]!;
    if (group >= 0) mask |= 1 << group;
    else extras.push(gid);
  }
  const key = `${mask}:${extras.join(',')}`;
  let parts = g.cache.get(key);
  if (!parts) {
    const glyphs = [...extras];
    g.members.forEach((m, i) => {
      if (mask & (1 << i)) glyphs.push(...m);
    });
    parts = build(font, glyphs);
    if (g.cache.size >= CACHE_LIMIT) g.cache.clear();
    g.cache.set(key, parts);
  }
  return parts;
}
