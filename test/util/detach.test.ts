import { describe, expect, it } from 'vitest';
import { detach } from '../../src/util/detach.js';

describe('detach', () => {
  it('returns the same text, for any string (short, Latin-1, astral, lone surrogates)', () => {
    const parent = `${'x'.repeat(100)}Información «útil» 😀 \ud800 fin de la cadena ${'y'.repeat(100)}`;
    for (const s of ['', 'corta', parent, parent.slice(95, 140), parent.slice(100, 130), '\udc00\ud800abcdefghijklmn', 'ñ'.repeat(13)]) {
      expect(detach(s)).toBe(s);
    }
  });
});
