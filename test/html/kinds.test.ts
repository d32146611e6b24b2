import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitWeb } from '../../src/emit/html/index.js';
import { buildDocument, noticeVariants } from '../../src/emit/sections.js';
import type { Notice } from '../../src/model/notice.js';
import { KINDS_DIR, ROOT, context, loadNotice } from './helpers.js';

// What a notice is decides what is built and how the two notices link each other (art. 22: the
// simplified one says where the integral one is, by its real address).
const BASE = 'https://avisos.valleverde.gob.mx/privacidad/';
const kind = (name: string) => {
  const path = join(KINDS_DIR, name);
  return { path, notice: loadNotice(path) };
};
const files = (n: { path: string; notice: Notice }, extra = {}) =>
  Object.fromEntries(emitWeb(n.notice, context(n.notice, n.path, extra)).outputs.filter((o) => !o.path.startsWith('assets/')).map((o) => [o.path, String(o.contents)]));

describe('notice kinds', () => {
  it('builds both notices of a pair, one of an integral-only or simplified-only source', () => {
    expect(noticeVariants(kind('federal-registro-pesquero.yaml').notice)).toEqual(['integral', 'simplified']);
    expect(noticeVariants(kind('formulario-becas-integral.yaml').notice)).toEqual(['integral']);
    expect(noticeVariants(kind('web-simplificado-boletin.yaml').notice)).toEqual(['simplified']);
    expect(() => buildDocument(kind('web-simplificado-boletin.yaml').notice, 'integral')).toThrow(/no integral variant/);
  });

  it('a pair built at a base URL: the simplified notice links the integral page by its real URL', () => {
    const n = loadNotice(join(ROOT, 'notices/imss-digital.yaml'));
    const out = files({ path: join(ROOT, 'notices/imss-digital.yaml'), notice: n }, { baseUrl: BASE });
    expect(out['simplificado.txt']).toContain(`Consulte el aviso de privacidad integral en\n${BASE}imss-digital/.`);
    expect(out['simplificado.html']).toContain(`<a href="${BASE}imss-digital/">`);
  });

  it('a pair with no URL at all: no dead «Consultar el aviso…» or (index.html) in the text; the page keeps its navigation link', () => {
    const path = join(ROOT, 'notices/imss-digital.yaml');
    const out = files({ path, notice: loadNotice(path) });
    expect(out['simplificado.txt']).not.toMatch(/Consultar el aviso de privacidad integral|index\.html|¿Dónde puede consultar el aviso de privacidad integral\?/);
    expect(out['simplificado.html']).not.toContain('¿Dónde puede consultar el aviso de privacidad integral?');
    expect(out['simplificado.html']).toContain('<a href="index.html">Consultar el aviso de privacidad integral</a>');
  });

  it('a pair of two files links each other across folders, by URL when the base URL is known', () => {
    const integral = files(kind('formulario-becas-integral.yaml'), { baseUrl: BASE });
    const simplified = files(kind('formulario-becas-simplificado.yaml'), { baseUrl: BASE });
    expect(Object.keys(integral).sort()).toEqual(['aviso.jsonld', 'index.html']);
    expect(Object.keys(simplified).sort()).toEqual(['aviso.jsonld', 'simplificado.html', 'simplificado.txt']);
    expect(integral['index.html']).toContain(`<a href="${BASE}ibvv-becas-simplificado/simplificado.html">`);
    expect(integral['index.html']).toContain(`El aviso de privacidad simplificado se publica en <a href="${BASE}ibvv-becas-simplificado/simplificado.html">`);
    const relative = files(kind('formulario-becas-integral.yaml'));
    expect(relative['index.html']).toContain('<a href="../ibvv-becas-simplificado/simplificado.html">');
  });

  it('a simplified notice whose integral is only a document says so, with the document address', () => {
    const out = files(kind('simplificado-documento.yaml'));
    expect(out['simplificado.txt']).toContain('Consulte el aviso de privacidad integral (documento descargable) en\nhttps://www.aguasantaclara.gob.mx/transparencia/aviso-integral-contratos.docx');
    expect(out['simplificado.html']).toContain('<a href="https://www.aguasantaclara.gob.mx/transparencia/aviso-integral-contratos.docx">Consultar el aviso de privacidad integral</a>');
  });

  it('a simplified source keeps every fact it states (its data, its own words on transfers)', () => {
    const boletin = files(kind('web-simplificado-boletin.yaml'))['simplificado.txt']!;
    for (const d of ['Nombre', 'Correo electrónico', 'Entidad federativa']) expect(boletin).toContain(`- ${d}`);
    const agua = files(kind('simplificado-documento.yaml'))['simplificado.txt']!;
    expect(agua).toMatch(/¿A quién se transfieren sus datos personales y para qué\?\n-+\n\nSus datos no se comparten con terceros, salvo las excepciones previstas\s+en la ley\./);
  });
});
