import { execFileSync } from 'node:child_process';

/**
 * A PDF read through qpdf's JSON output (qpdf --json=2, streams decoded), so the tests judge the
 * file with a reader independent of notice's writer: objects by reference, decoded stream data,
 * and a small tokenizer for content streams.
 */
export type PdfValue = string | number | boolean | null | PdfValue[] | { [key: string]: PdfValue };

interface QpdfObject {
  value?: PdfValue;
  stream?: { dict: Record<string, PdfValue>; data?: string };
}

export class PdfObjects {
  private readonly objects: Record<string, QpdfObject>;
  /** Page object references, in page order. */
  readonly pages: string[];
  readonly catalog: Record<string, PdfValue>;
  readonly trailer: Record<string, PdfValue>;

  constructor(file: string) {
    const json = JSON.parse(
      execFileSync('qpdf', ['--json=2', '--json-stream-data=inline', '--decode-level=generalized', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }),
    ) as { pages: { object: string }[]; qpdf: [unknown, Record<string, QpdfObject>] };
    this.objects = json.qpdf[1];
    this.pages = json.pages.map((p) => p.object);
    this.trailer = this.objects.trailer!.value as Record<string, PdfValue>;
    this.catalog = this.dict(this.trailer['/Root']!);
  }

  static isRef(v: PdfValue | undefined): v is string {
    return typeof v === 'string' && /^\d+ \d+ R$/.test(v);
  }

  /** The value of an object, following a reference. */
  get(v: PdfValue | undefined): PdfValue | undefined {
    if (!PdfObjects.isRef(v)) return v;
    const o = this.objects[`obj:${v}`];
    return o?.value ?? (o?.stream?.dict as PdfValue | undefined);
  }

  dict(v: PdfValue | undefined): Record<string, PdfValue> {
    const d = this.get(v);
    if (!d || typeof d !== 'object' || Array.isArray(d)) throw new Error(`not a dictionary: ${JSON.stringify(v)}`);
    return d;
  }

  array(v: PdfValue | undefined): PdfValue[] {
    const a = this.get(v);
    return Array.isArray(a) ? a : a === undefined ? [] : [a];
  }

  /** Decoded data of a stream object. */
  streamData(ref: PdfValue | undefined): Buffer {
    if (!PdfObjects.isRef(ref)) throw new Error(`not a stream reference: ${JSON.stringify(ref)}`);
    const s = this.objects[`obj:${ref}`]?.stream;
    if (!s) throw new Error(`${ref} is not a stream`);
    return Buffer.from(s.data ?? '', 'base64');
  }

  /** Text of a string value ('u:' text or 'b:' hex bytes as UTF-16BE or Latin-1). */
  static text(v: PdfValue | undefined): string | undefined {
    if (typeof v !== 'string') return undefined;
    if (v.startsWith('u:')) return v.slice(2);
    if (v.startsWith('b:')) {
      const b = Buffer.from(v.slice(2), 'hex');
      return b[0] === 0xfe && b[1] === 0xff ? Buffer.from(b.subarray(2)).swap16().toString('utf16le') : b.toString('latin1');
    }
    return undefined;
  }

  /** The page's content, concatenated. */
  pageContent(page: string): Buffer {
    const contents = this.dict(page)['/Contents'];
    const refs = Array.isArray(contents) ? contents : [contents!];
    return Buffer.concat(refs.map((r) => this.streamData(r)));
  }
}

/** A content-stream operand: number, name ('/X'), string bytes, array or dictionary. */
export type Operand = number | string | Buffer | boolean | null | Operand[] | { [key: string]: Operand };

export interface Operation {
  op: string;
  operands: Operand[];
}

class OpToken {
  constructor(readonly op: string) {}
}

const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/** Tokenizes a content stream into operators with their operands. */
export function contentOperations(data: Buffer): Operation[] {
  let i = 0;
  const skip = (): void => {
    for (;;) {
      while (i < data.length && WS.has(data[i]!)) i++;
      if (data[i] === 0x25) while (i < data.length && data[i] !== 0x0a && data[i] !== 0x0d) i++;
      else return;
    }
  };
  const word = (): string => {
    const start = i;
    while (i < data.length && !WS.has(data[i]!) && !DELIM.has(data[i]!)) i++;
    return data.toString('latin1', start, i);
  };
  const literal = (): Buffer => {
    i++;
    const out: number[] = [];
    let depth = 1;
    while (i < data.length) {
      const c = data[i++]!;
      if (c === 0x5c) {
        const e = data[i++]!;
        const map: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
        if (map[e] !== undefined) out.push(map[e]!);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && data[i]! >= 0x30 && data[i]! <= 0x37; k++) v = v * 8 + (data[i++]! - 0x30);
          out.push(v & 0xff);
        } else if (e === 0x0a || e === 0x0d) {
          if (e === 0x0d && data[i] === 0x0a) i++;
        } else out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) break;
        out.push(c);
      } else out.push(c);
    }
    return Buffer.from(out);
  };
  const value = (): Operand | OpToken | undefined => {
    skip();
    const c = data[i];
    if (c === undefined) return undefined;
    if (c === 0x28) return literal();
    if (c === 0x3c && data[i + 1] === 0x3c) {
      i += 2;
      const dict: Record<string, Operand> = {};
      for (;;) {
        skip();
        if (data[i] === 0x3e && data[i + 1] === 0x3e) {
          i += 2;
          return dict;
        }
        const key = value() as string;
        dict[key] = value() as Operand;
      }
    }
    if (c === 0x3c) {
      const end = data.indexOf(0x3e, i);
      const hex = data.toString('latin1', i + 1, end).replace(/\s+/g, '');
      i = end + 1;
      return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
    }
    if (c === 0x5b) {
      i++;
      const arr: Operand[] = [];
      for (;;) {
        skip();
        if (data[i] === 0x5d) {
          i++;
          return arr;
        }
        arr.push(value() as Operand);
      }
    }
    if (c === 0x2f) {
      i++;
      return `/${word()}`;
    }
    const w = word();
    if (w === '') throw new Error(`unexpected byte ${c} at ${i}`);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) return Number(w);
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'null') return null;
    return new OpToken(w);
  };
  const ops: Operation[] = [];
  let operands: Operand[] = [];
  for (;;) {
    const v = value();
    if (v === undefined) break;
    if (v instanceof OpToken) {
      ops.push({ op: v.op, operands });
      operands = [];
    } else operands.push(v);
  }
  return ops;
}

/** Parses a ToUnicode CMap: code (as a hex string of its bytes) → Unicode text. */
export function parseToUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string): string => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(m[1]!.toLowerCase(), m[2] ? utf16(m[2]) : '');
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const width = m[1]!.length;
      const dst = m[3]!;
      for (let c = lo; c <= hi; c++) {
        const key = c.toString(16).padStart(width, '0');
        if (dst.startsWith('[')) {
          const items = [...dst.matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1]!);
          map.set(key, items[c - lo] ? utf16(items[c - lo]!) : '');
        } else {
          const base = Buffer.from(dst.slice(1, -1), 'hex');
          if (base.length >= 2) base.writeUInt16BE(base.readUInt16BE(base.length - 2) + (c - lo), base.length - 2);
          map.set(key, base.length ? Buffer.from(base).swap16().toString('utf16le') : '');
        }
      }
    }
  }
  return map;
}
