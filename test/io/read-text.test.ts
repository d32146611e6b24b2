import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHashedBytesSync, readHashedTextSync } from '../../src/io/read-text.js';
import { sha256 } from '../../src/util/hash.js';

describe('readHashedTextSync and readHashedBytesSync', () => {
  const dir = mkdtempSync(join(tmpdir(), 'notice-read-'));
  const cases: [string, Buffer][] = [
    ['ascii', Buffer.from('id: a\n')],
    ['accents, CRLF, emoji', Buffer.from('title: Aviso de Privacidad — Atención ciudadana 🇲🇽\r\nñandú: sí\r\n')],
    ['byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id: señal\n')])],
    ['empty', Buffer.alloc(0)],
  ];
  it.each(cases)('%s: the hash of the bytes read equals the hash of the text', (name, bytes) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
    writeFileSync(file, bytes);
    const r = readHashedTextSync(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(r.sha256).toBe(sha256(r.text));
    // Read undecoded (a build): the same text once decoded, the same hash.
    const b = readHashedBytesSync(file);
    expect(b.ok).toBe(true);
    if (!b.ok) return;
    expect(b.bytes.toString('utf8')).toBe(r.text);
    expect(b.sha256).toBe(r.sha256);
  });

  it('refuses invalid UTF-8 and reports unreadable paths, without a hash', () => {
    const bad = join(dir, 'latin1.yaml');
    writeFileSync(bad, Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xf1, 0x0a]));
    expect(readHashedTextSync(bad)).toEqual({ ok: false, reason: 'encoding', detail: 'utf-8' });
    expect(readHashedTextSync(join(dir, 'missing.yaml'))).toMatchObject({ ok: false, reason: 'read' });
    expect(readHashedBytesSync(bad)).toEqual({ ok: false, reason: 'encoding', detail: 'utf-8' });
    expect(readHashedBytesSync(join(dir, 'missing.yaml'))).toMatchObject({ ok: false, reason: 'read' });
  });
});
