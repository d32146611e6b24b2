import { readSfnt, type Tables } from './sfnt.js';

/**
 * One TrueType font file, parsed once per process: metrics, the character map, pair kerning
 * from GPOS and access to glyph outlines for subsetting. Immutable after construction, so every
 * document of a process can share it without sharing any per-document state.
 */
export class FontFile {
  readonly tables: Tables;
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  /** hhea ascender and descender (descender negative), font units. */
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly italicAngle: number;
  readonly bbox: [number, number, number, number];
  readonly fixedPitch: boolean;
  readonly italic: boolean;
  readonly bold: boolean;
  readonly serif: boolean;
  private readonly hmtx: Buffer;
  private readonly numberOfHMetrics: number;
  private readonly cmap: Map<number, number>;
  /** The one code point each glyph stands for in the ToUnicode map (the lowest that maps to it). */
  private readonly unicodeOf: Map<number, number>;
  private readonly loca: Uint32Array;
  private readonly glyf: Buffer;
  private readonly kern: (left: number, right: number) => number;
  private readonly kernCache = new Map<number, number>();

  constructor(data: Buffer) {
    const t = readSfnt(data);
    this.tables = t;
    const need = (tag: string): Buffer => {
      const b = t.get(tag);
      if (!b) throw new Error(`font has no ${tag} table`);
      return b;
    };
    const head = need('head');
    const hhea = need('hhea');
    this.unitsPerEm = head.readUInt16BE(18);
    this.bbox = [head.readInt16BE(36), head.readInt16BE(38), head.readInt16BE(40), head.readInt16BE(42)];
    const macStyle = head.readUInt16BE(44);
    this.numGlyphs = need('maxp').readUInt16BE(4);
    this.ascent = hhea.readInt16BE(4);
    this.descent = hhea.readInt16BE(6);
    this.numberOfHMetrics = hhea.readUInt16BE(34);
    this.hmtx = need('hmtx');
    const os2 = t.get('OS/2');
    const version = os2 ? os2.readUInt16BE(0) : 0;
    this.capHeight = os2 && version >= 2 ? os2.readInt16BE(88) : this.ascent;
    this.xHeight = os2 && version >= 2 ? os2.readInt16BE(86) : Math.round(this.ascent / 2);
    const familyClass = os2 ? os2.readInt16BE(30) >> 8 : 0;
    this.serif = familyClass >= 1 && familyClass <= 7;
    this.bold = os2 ? os2.readUInt16BE(4) >= 600 : (macStyle & 1) !== 0;
    this.italic = (macStyle & 2) !== 0;
    const post = t.get('post');
    this.italicAngle = post ? post.readInt32BE(4) / 65536 : 0;
    this.fixedPitch = post ? post.readUInt32BE(12) !== 0 : false;
    this.postscriptName = readPostscriptName(t.get('name')) ?? 'NotoSans';
    this.cmap = readCmap(need('cmap'));
    this.unicodeOf = new Map();
    for (const [cp, gid] of [...this.cmap].sort((a, b) => a[0] - b[0])) if (!this.unicodeOf.has(gid)) this.unicodeOf.set(gid, cp);
    const glyf = need('glyf');
    this.glyf = glyf;
    this.loca = readLoca(need('loca'), head.readInt16BE(50), this.numGlyphs);
    this.kern = readPairKerning(t.get('GPOS'));
  }

  static parse(data: Buffer): FontFile {
    return new FontFile(data);
  }

  /** Glyph id for a code point; 0 (.notdef) when the font cannot draw it. */
  glyphFor(codePoint: number): number {
    return this.cmap.get(codePoint) ?? 0;
  }

  /** The code point a glyph is extracted as. */
  unicodeFor(gid: number): number | undefined {
    return this.unicodeOf.get(gid);
  }

  /** Advance width in font units. */
  advance(gid: number): number {
    const i = gid < this.numberOfHMetrics ? gid : this.numberOfHMetrics - 1;
    return this.hmtx.readUInt16BE(i * 4);
  }

  /** Horizontal kerning between two glyphs, font units (GPOS pair adjustment, `kern` feature). */
  kerning(left: number, right: number): number {
    const key = left * 65536 + right;
    let k = this.kernCache.get(key);
    if (k === undefined) {
      k = this.kern(left, right);
      this.kernCache.set(key, k);
    }
    return k;
  }

  /** The outline data of a glyph (empty for blank glyphs such as the space). */
  glyphData(gid: number): Buffer {
    return this.glyf.subarray(this.loca[gid]!, this.loca[gid + 1]!);
  }

  /** Glyphs a composite glyph is built from (they must be in any subset that has it). */
  components(gid: number): number[] {
    const g = this.glyphData(gid);
    if (g.length < 10 || g.readInt16BE(0) >= 0) return [];
    const out: number[] = [];
    let at = 10;
    for (;;) {
      const flags = g.readUInt16BE(at);
      out.push(g.readUInt16BE(at + 2));
      at += 4 + (flags & 0x0001 ? 4 : 2);
      if (flags & 0x0008) at += 2;
      else if (flags & 0x0040) at += 4;
      else if (flags & 0x0080) at += 8;
      if (!(flags & 0x0020)) break;
    }
    return out;
  }
}

function readPostscriptName(name: Buffer | undefined): string | undefined {
  if (!name) return undefined;
  const count = name.readUInt16BE(2);
  const strings = name.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    const platform = name.readUInt16BE(at);
    if (name.readUInt16BE(at + 6) !== 6) continue;
    const length = name.readUInt16BE(at + 8);
    const offset = strings + name.readUInt16BE(at + 10);
    const raw = name.subarray(offset, offset + length);
    if (platform === 3 || platform === 0) return Buffer.from(raw).swap16().toString('utf16le');
    return raw.toString('latin1');
  }
  return undefined;
}

/** The Unicode character map: a format 12 subtable if there is one, else format 4. */
function readCmap(cmap: Buffer): Map<number, number> {
  const count = cmap.readUInt16BE(2);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + i * 8);
    const encoding = cmap.readUInt16BE(6 + i * 8);
    const offset = cmap.readUInt32BE(8 + i * 8);
    const format = cmap.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    const score = !unicode ? 0 : format === 12 ? 2 : format === 4 ? 1 : 0;
    if (score > bestScore) {
      best = offset;
      bestScore = score;
    }
  }
  const map = new Map<number, number>();
  if (best < 0) return map;
  const format = cmap.readUInt16BE(best);
  if (format === 12) {
    const groups = cmap.readUInt32BE(best + 12);
    for (let i = 0; i < groups; i++) {
      const at = best + 16 + i * 12;
      const start = cmap.readUInt32BE(at);
      const end = cmap.readUInt32BE(at + 4);
      const glyph = cmap.readUInt32BE(at + 8);
      for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
    }
    return map;
  }
  const segX2 = cmap.readUInt16BE(best + 6);
  const ends = best + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = cmap.readUInt16BE(ends + s);
    const start = cmap.readUInt16BE(starts + s);
    const delta = cmap.readInt16BE(deltas + s);
    const rangeOffset = cmap.readUInt16BE(ranges + s);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let gid: number;
      if (rangeOffset === 0) gid = (cp + delta) & 0xffff;
      else {
        const at = ranges + s + rangeOffset + (cp - start) * 2;
        gid = cmap.readUInt16BE(at);
        if (gid !== 0) gid = (gid + delta) & 0xffff;
      }
      if (gid !== 0) map.set(cp, gid);
    }
  }
  return map;
}

function readLoca(loca: Buffer, format: number, numGlyphs: number): Uint32Array {
  const out = new Uint32Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) out[i] = format === 0 ? loca.readUInt16BE(i * 2) * 2 : loca.readUInt32BE(i * 4);
  return out;
}

/**
 * The offset of the range record (start, end, value: 6 bytes each, sorted) that holds `gid`, in
 * the `count` records from `records`; -1 when none does. Coverage format 2 and class format 2 share it.
 */
function rangeRecord(t: Buffer, records: number, count: number, gid: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = records + mid * 6;
    if (gid < t.readUInt16BE(r)) hi = mid - 1;
    else if (gid > t.readUInt16BE(r + 2)) lo = mid + 1;
    else return r;
  }
  return -1;
}

/** Index of `gid` in an OpenType coverage table, or -1. */
function coverageIndex(t: Buffer, at: number, gid: number): number {
  const format = t.readUInt16BE(at);
  const count = t.readUInt16BE(at + 2);
  if (format === 1) {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const g = t.readUInt16BE(at + 4 + mid * 2);
      if (g === gid) return mid;
      if (g < gid) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  const r = rangeRecord(t, at + 4, count, gid);
  return r < 0 ? -1 : t.readUInt16BE(r + 4) + gid - t.readUInt16BE(r);
}

/** Class of `gid` in an OpenType class definition table (0 when not listed). */
function glyphClass(t: Buffer, at: number, gid: number): number {
  const format = t.readUInt16BE(at);
  if (format === 1) {
    const start = t.readUInt16BE(at + 2);
    const count = t.readUInt16BE(at + 4);
    return gid >= start && gid < start + count ? t.readUInt16BE(at + 6 + (gid - start) * 2) : 0;
  }
  const r = rangeRecord(t, at + 4, t.readUInt16BE(at + 2), gid);
  return r < 0 ? 0 : t.readUInt16BE(r + 4);
}

function popcount(n: number): number {
  let c = 0;
  for (let v = n; v; v &= v - 1) c++;
  return c;
}

/** X advance adjustment of a value record, the only part kerning uses. */
function xAdvance(t: Buffer, at: number, format: number): number {
  if (!(format & 0x0004)) return 0;
  return t.readInt16BE(at + 2 * popcount(format & 0x0003));
}

/**
 * Pair kerning from the GPOS `kern` feature (Latin script, default language): PairPos formats 1
 * and 2, directly or through Extension lookups. Each lookup contributes its first subtable that
 * applies to the pair, as OpenType layout engines do. Only the first glyph's X advance is used:
 * that is how Latin kerning is expressed.
 */
function readPairKerning(gpos: Buffer | undefined): (left: number, right: number) => number {
  if (!gpos) return () => 0;
  const scriptList = gpos.readUInt16BE(4);
  const featureList = gpos.readUInt16BE(6);
  const lookupList = gpos.readUInt16BE(8);
  const scripts = new Map<string, number>();
  const scriptCount = gpos.readUInt16BE(scriptList);
  for (let i = 0; i < scriptCount; i++) {
    const at = scriptList + 2 + i * 6;
    scripts.set(gpos.toString('latin1', at, at + 4), scriptList + gpos.readUInt16BE(at + 4));
  }
  const script = scripts.get('latn') ?? scripts.get('DFLT');
  if (script === undefined || gpos.readUInt16BE(script) === 0) return () => 0;
  const langSys = script + gpos.readUInt16BE(script);
  const featureIndices: number[] = [];
  const required = gpos.readUInt16BE(langSys + 2);
  if (required !== 0xffff) featureIndices.push(required);
  const featureCount = gpos.readUInt16BE(langSys + 4);
  for (let i = 0; i < featureCount; i++) featureIndices.push(gpos.readUInt16BE(langSys + 6 + i * 2));
  const lookupIndices = new Set<number>();
  for (const f of featureIndices) {
    const rec = featureList + 2 + f * 6;
    if (gpos.toString('latin1', rec, rec + 4) !== 'kern') continue;
    const feature = featureList + gpos.readUInt16BE(rec + 4);
    const n = gpos.readUInt16BE(feature + 2);
    for (let i = 0; i < n; i++) lookupIndices.add(gpos.readUInt16BE(feature + 4 + i * 2));
  }
  // Each lookup: the absolute offsets of its PairPos subtables.
  const lookups: number[][] = [];
  for (const li of [...lookupIndices].sort((a, b) => a - b)) {
    const lookup = lookupList + gpos.readUInt16BE(lookupList + 2 + li * 2);
    const type = gpos.readUInt16BE(lookup);
    const count = gpos.readUInt16BE(lookup + 4);
    const subtables: number[] = [];
    for (let i = 0; i < count; i++) {
      let sub = lookup + gpos.readUInt16BE(lookup + 6 + i * 2);
      let subType = type;
      if (type === 9) {
        subType = gpos.readUInt16BE(sub + 2);
        sub += gpos.readUInt32BE(sub + 4);
      }
      if (subType === 2) subtables.push(sub);
    }
    if (subtables.length) lookups.push(subtables);
  }
  const pair = (sub: number, left: number, right: number): number | undefined => {
    const format = gpos.readUInt16BE(sub);
    const index = coverageIndex(gpos, sub + gpos.readUInt16BE(sub + 2), left);
    if (index < 0) return undefined;
    const vf1 = gpos.readUInt16BE(sub + 4);
    const vf2 = gpos.readUInt16BE(sub + 6);
    const size1 = 2 * popcount(vf1);
    const size2 = 2 * popcount(vf2);
    if (format === 1) {
      const set = sub + gpos.readUInt16BE(sub + 10 + index * 2);
      const record = 2 + size1 + size2;
      let lo = 0;
      let hi = gpos.readUInt16BE(set) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = set + 2 + mid * record;
        const second = gpos.readUInt16BE(at);
        if (second === right) return xAdvance(gpos, at + 2, vf1);
        if (second < right) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    }
    if (format === 2) {
      const class1 = glyphClass(gpos, sub + gpos.readUInt16BE(sub + 8), left);
      const class2 = glyphClass(gpos, sub + gpos.readUInt16BE(sub + 10), right);
      const class1Count = gpos.readUInt16BE(sub + 12);
      const class2Count = gpos.readUInt16BE(sub + 14);
      if (class1 >= class1Count || class2 >= class2Count) return undefined;
      return xAdvance(gpos, sub + 16 + (class1 * class2Count + class2) * (size1 + size2), vf1);
    }
    return undefined;
  };
  return (left, right) => {
    let total = 0;
    for (const subtables of lookups) {
      for (const sub of subtables) {
        const v = pair(sub, left, right);
        if (v !== undefined) {
          total += v;
          break;
        }
      }
    }
    return total;
  };
}
