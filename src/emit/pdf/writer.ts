import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/**
 * The lowest layer of the PDF writer: numbered objects, streams, the cross-reference table and
 * the trailer, in the classic (PDF 1.4-compatible) file structure that PDF/A-1 requires: no object
 * streams, no cross-reference streams. Everything but stream data is ASCII, so string lengths are
 * byte lengths.
 */

/**
 * A number as PDF writes it: at most two decimals, never exponent notation or «-0». Built from
 * integers (whose strings V8 caches): number-to-string conversion of doubles is slow, and a page
 * writes thousands of coordinates.
 */
export function num(v: number): string {
  const i = Math.round(v * 100);
  if (i === 0) return '0';
  const a = i < 0 ? -i : i;
  const frac = a % 100;
  let s = String((a - frac) / 100);
  if (frac) s += frac % 10 === 0 ? `.${frac / 10}` : frac < 10 ? `.0${frac}` : `.${frac}`;
  return i < 0 ? `-${s}` : s;
}

/**
 * A PDF text string: a literal string when the text is printable ASCII, otherwise UTF-16BE with a
 * byte order mark, as a hex string (any Unicode text, byte-for-byte deterministic).
 */
export function textString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, '\\$&')})`;
  return `<feff${Buffer.from(s, 'utf16le').swap16().toString('hex')}>`;
}

/** A PDF name from ASCII letters, digits and a few punctuation marks (the only names notice writes). */
export function name(s: string): string {
  return `/${s.replace(/[^A-Za-z0-9._+-]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
}

export function ref(n: number): string {
  return `${n} 0 R`;
}

export class ObjectWriter {
  private readonly parts: (string | Buffer)[] = [];
  private readonly offsets: number[] = [];
  private length = 0;
  private next = 1;

  constructor(version = '1.7') {
    // The second line: a comment of four bytes above 127 marks the file as binary (PDF/A-1 6.1.2).
    this.push(`%PDF-${version}\n`);
    this.push(Buffer.from([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
  }

  private push(p: string | Buffer): void {
    this.parts.push(p);
    this.length += p.length;
  }

  /** Reserves an object number (for forward references). */
  alloc(): number {
    return this.next++;
  }

  /** Writes object `n` (from alloc()) with a dictionary, array or other value. */
  object(n: number, body: string): void {
    this.offsets[n] = this.length;
    this.push(`${n} 0 obj\n${body}\nendobj\n`);
  }

  /** Allocates and writes an object in one step. */
  add(body: string): number {
    const n = this.alloc();
    this.object(n, body);
    return n;
  }

  /**
   * Writes a stream object. `dict` holds the entries besides /Length and /Filter; data is
   * Flate-compressed at `level` unless `raw` (XMP metadata must stay uncompressed in PDF/A-1).
   */
  stream(n: number, dict: string, data: Buffer | string, raw = false, compressed?: Buffer, level = 6): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    const body = raw ? bytes : (compressed ?? deflateSync(bytes, { level }));
    this.offsets[n] = this.length;
    const filter = raw ? '' : ' /Filter /FlateDecode';
    this.push(`${n} 0 obj\n<<${dict ? ` ${dict}` : ''}${filter} /Length ${body.length} >>\nstream\n`);
    this.push(body);
    this.push('\nendstream\nendobj\n');
  }

  addStream(dict: string, data: Buffer | string, raw = false, compressed?: Buffer, level = 6): number {
    const n = this.alloc();
    this.stream(n, dict, data, raw, compressed, level);
    return n;
  }

  /**
   * The cross-reference table and trailer; returns the whole file. The file identifier is the
   * MD5 of everything before the trailer (ISO 32000 14.4 suggests MD5 for identifiers): equal
   * files get equal IDs, and any change to the content, the metadata or the layout a new one.
   */
  finish(root: number, info: number): Buffer {
    const count = this.next;
    const xref = this.length;
    let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
    for (let i = 1; i < count; i++) {
      const off = this.offsets[i];
      if (off === undefined) throw new Error(`PDF object ${i} was allocated but never written`);
      table += `${String(off).padStart(10, '0')} 00000 n \n`;
    }
    this.push(table);
    const bodyLength = this.length;
    const id = '0'.repeat(32);
    const trailer = (hex: string): string => `trailer\n<< /Size ${count} /Root ${ref(root)} /Info ${ref(info)} /ID [<${hex}> <${hex}>] >>\nstartxref\n${xref}\n%%EOF\n`;
    // One allocation for the whole file: strings are written into it, not converted one by one.
    const file = Buffer.allocUnsafe(bodyLength + trailer(id).length);
    let at = 0;
    // Consecutive strings are written in one go.
    let pending = '';
    for (const p of this.parts) {
      if (typeof p === 'string') {
        pending += p;
        continue;
      }
      if (pending) at += file.write(pending, at, 'latin1');
      pending = '';
      file.set(p, at);
      at += p.length;
    }
    if (pending) at += file.write(pending, at, 'latin1');
    const hex = createHash('md5').update(file.subarray(0, bodyLength)).digest('hex');
    file.write(trailer(hex), bodyLength, 'latin1');
    return file;
  }
}
