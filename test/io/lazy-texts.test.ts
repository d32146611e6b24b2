import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHashedBytesSync } from '../../src/io/read-text.js';
import { sha256 } from '../../src/util/hash.js';
import { LazyTexts } from '../../src/util/lazy-texts.js';

describe('lazily decoded sources', () => {
  it('reads each text only when asked, and behaves as a Map', () => {
    const reads: string[] = [];
    const holder = (file: string, text: string) => ({
      get text() {
        reads.push(file);
        return text;
      },
    });
    const m = new LazyTexts([
      ['a.yaml', holder('a.yaml', 'A')],
      ['b.yaml', holder('b.yaml', 'B')],
    ]);
    expect(m.size).toBe(2);
    expect(m.has('a.yaml')).toBe(true);
    expect(m.has('c.yaml')).toBe(false);
    expect(reads).toEqual([]);
    expect(m.get('b.yaml')).toBe('B');
    expect(m.get('b.yaml')).toBe('B');
    expect(reads).toEqual(['b.yaml']);
    m.set('c.yaml', 'C');
    // Insertion order, as a plain Map.
    expect([...m]).toEqual([
      ['a.yaml', 'A'],
      ['b.yaml', 'B'],
      ['c.yaml', 'C'],
    ]);
    expect([...m.keys()]).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    expect(reads).toEqual(['b.yaml', 'a.yaml']);
    expect(m.delete('a.yaml')).toBe(true);
    expect(m.size).toBe(2);
  });

  it('hashes the bytes without decoding, refuses invalid UTF-8, drops a byte-order mark', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-lazy-'));
    writeFileSync(join(dir, 'ok.yaml'), '\ufeffid: año\n');
    writeFileSync(join(dir, 'bad.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0x0a]));
    const ok = readHashedBytesSync(join(dir, 'ok.yaml'));
    expect(ok.ok && ok.sha256).toBe(sha256('id: año\n'));
    expect(ok.ok && ok.bytes.toString('utf8')).toBe('id: año\n');
    expect(readHashedBytesSync(join(dir, 'bad.yaml'))).toEqual({ ok: false, reason: 'encoding', detail: 'utf-8' });
    expect(readHashedBytesSync(join(dir, 'missing.yaml'))).toMatchObject({ ok: false, reason: 'read' });
  });
});
