import { inflateSync } from 'node:zlib';

/** The tables of an OpenType/TrueType font, by tag, uncompressed. */
export type Tables = Map<string, Buffer>;

/**
 * Reads the table directory of a TrueType font (`0x00010000` or `true`) or of a WOFF 1.0 file
 * (each table zlib-compressed unless that would not make it smaller). WOFF2 is not supported: it
 * needs Brotli and the glyf transform, and the vendored fonts are WOFF.
 */
export function readSfnt(data: Buffer): Tables {
  const tables: Tables = new Map();
  const signature = data.toString('latin1', 0, 4);
  if (signature === 'wOFF') {
    const count = data.readUInt16BE(12);
    for (let i = 0; i < count; i++) {
      const at = 44 + i * 20;
      const tag = data.toString('latin1', at, at + 4);
      const offset = data.readUInt32BE(at + 4);
      const compLength = data.readUInt32BE(at + 8);
      const origLength = data.readUInt32BE(at + 12);
      const raw = data.subarray(offset, offset + compLength);
      tables.set(tag, compLength < origLength ? inflateSync(raw) : raw);
    }
    return tables;
  }
  if (signature === '\u0000\u0001\u0000\u0000' || signature === 'true') {
    const count = data.readUInt16BE(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = data.toString('latin1', at, at + 4);
      const offset = data.readUInt32BE(at + 8);
      const length = data.readUInt32BE(at + 12);
      tables.set(tag, data.subarray(offset, offset + length));
    }
    return tables;
  }
  throw new Error(`not a TrueType or WOFF font (signature ${JSON.stringify(signature)})`);
}

/** The OpenType table checksum: the sum of the big-endian 32-bit words, zero-padded. */
export function tableChecksum(data: Buffer): number {
  let sum = 0;
  const whole = data.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + data.readUInt32BE(i)) >>> 0;
  if (whole < data.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (i < data.length ? data[i]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** Writes a TrueType file from tables (sorted by tag, 4-byte aligned), with a correct head.checkSumAdjustment. */
export function writeSfnt(tables: [string, Buffer][]): Buffer {
  const sorted = [...tables].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const n = sorted.length;
  let pow = 1;
  let log = 0;
  while (pow * 2 <= n) {
    pow *= 2;
    log++;
  }
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(log, 8);
  header.writeUInt16BE(n * 16 - pow * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  let headAt = -1;
  sorted.forEach(([tag, data], i) => {
    const at = 12 + i * 16;
    header.write(tag, at, 4, 'latin1');
    header.writeUInt32BE(tableChecksum(data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    if (tag === 'head') headAt = offset;
    parts.push(data);
    const pad = (4 - (data.length % 4)) % 4;
    if (pad) parts.push(Buffer.alloc(pad));
    offset += data.length + pad;
  });
  const file = Buffer.concat(parts, offset);
  if (headAt >= 0) file.writeUInt32BE((0xb1b0afba - tableChecksum(file)) >>> 0, headAt + 8);
  return file;
}
