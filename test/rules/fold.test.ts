import { describe, expect, it } from 'vitest';
import { fold } from '../../src/rules/shared/walk.js';

describe('fold', () => {
  it('lower-cases and removes accents, common Spanish letters and others alike', () => {
    expect(fold('Áreas PÚBLICAS de la Ñ y la ü')).toBe('areas publicas de la n y la u');
    expect(fold('plain ascii TEXT')).toBe('plain ascii text');
    expect(fold('Façade à São Paulo, Zürich, Ångström')).toBe('facade a sao paulo, zurich, angstrom');
    // Combining marks (NFD input) and letters outside Latin-1.
    expect(fold('Me\u0301xico, Łódź, İstanbul')).toBe('mexico, łodz, istanbul');
    expect(fold('«Artículo 21» — “Aviso”')).toBe('«articulo 21» — “aviso”');
  });
});
