import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitHtml, emitSimplifiedHtml, emitWeb } from '../../src/emit/html/index.js';
import { buildDocument } from '../../src/emit/sections.js';
import { say } from '../../src/emit/sections/generated.js';
import { WIDTH } from '../../src/emit/text/render-text.js';
import { ROOT, context, loadNotice } from './helpers.js';

const path = join(ROOT, 'test/fixtures/html/sample.yaml');
const notice = loadNotice(path);
const ctx = context(notice, path);
const file = (outputs: { path: string; contents: string | Uint8Array }[], p: string) => String(outputs.find((o) => o.path === p)?.contents);

describe('section model', () => {
  it('asks the questions real notices use, in order, with anchors', () => {
    const doc = buildDocument(notice, 'integral');
    expect(doc.sections.map((s) => s.id)).toEqual([
      'responsable', 'datos-y-finalidades', 'fundamento-legal', 'transferencias', 'negativa', 'derechos-arco', 'cookies', 'medidas-de-seguridad', 'cambios',
    ]);
    expect(doc.updated.text).toBe('15 de abril de 2025');
    expect(doc.summary?.items.map((i) => i.id)).toEqual(['quien', 'datos', 'negativa', 'arco']);
  });

  it('a stated value that ends its own sentence takes the place of the wording\'s full stop (no «..»)', () => {
    expect(say('integralPlace', { place: 'Módulos de atención de las estaciones.' })).toBe('Puede consultar el aviso de privacidad integral en: Módulos de atención de las estaciones.');
    expect(say('integralPlace', { place: 'Oficialía de partes' })).toBe('Puede consultar el aviso de privacidad integral en: Oficialía de partes.');
  });

  it('the summary sends people to the ARCO channels the notice states, not to a contact it assumes', () => {
    const n = structuredClone(notice);
    n.transparencyUnit = { ...n.transparencyUnit!, email: 'transparencia@issa.gob.mx' };
    n.rights = { ...n.rights!, channels: [{ kind: 'email', email: 'arco@issa.gob.mx' }] };
    const arco = JSON.stringify(buildDocument(n, 'integral').summary?.items.find((i) => i.id === 'arco'));
    expect(arco).toContain('arco@issa.gob.mx');
    expect(arco).not.toContain('transparencia@issa.gob.mx');
    const none = structuredClone(notice);
    delete none.rights!.channels;
    expect(buildDocument(none, 'integral').summary?.items.map((i) => i.id)).not.toContain('arco');
  });

  it('the simplified notice carries only art. 22 content: fr. I, IV, VII, VIII and where the integral one is', () => {
    const doc = buildDocument(notice, 'simplified');
    expect(doc.sections.map((s) => s.id)).toEqual(['responsable', 'finalidades', 'transferencias', 'negativa', 'aviso-integral']);
    const text = JSON.stringify(doc);
    expect(text).toContain('Av. Insurgentes Sur 1480'); // domicilio (2025 fr. I)
    expect(text).toContain('Fundación Bienestar Común'); // consent transfer
    expect(text).not.toContain('Secretaría de Salud'); // transfer without consent: integral only
    expect(text).not.toContain('Calle Durango'); // ARCO details: integral only
    expect(text).toContain('https://www.issa.gob.mx/avisos-privacidad/citas-ejemplo/');
  });
});

describe('pages', () => {
  it('set lang, CSP, title and description, and load fonts only from assets/', () => {
    const html = file(emitHtml(notice, ctx).outputs, 'index.html');
    expect(html).toContain('<html lang="es-MX">');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; font-src 'self'; img-src 'self' data:;/);
    expect(html).toContain('<title>Aviso de Privacidad Integral del Sistema de Citas en Línea</title>');
    expect(html).toMatch(/<meta name="description" content="[^"]{40,}">/);
    expect(html.match(/url\("([^"]+)"\)/g)).toEqual([
      'url("assets/noto-sans-latin-400-normal.woff2")',
      'url("assets/noto-sans-latin-700-normal.woff2")',
      'url("assets/noto-sans-latin-400-italic.woff2")',
    ]);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/[^"]*\.(css|js|woff2?)"/);
  });

  it('the integral page embeds the same JSON-LD that is written beside it', () => {
    const out = emitWeb(notice, ctx).outputs;
    const html = file(out, 'index.html');
    const embedded = /<script type="application\/ld\+json">\n([\s\S]*?)<\/script>/.exec(html)?.[1];
    const jsonld = JSON.parse(file(out, 'aviso.jsonld'));
    expect(JSON.parse(embedded!)).toEqual(jsonld);
    expect(jsonld['@context'].dpv).toBe('https://w3id.org/dpv#');
    expect(jsonld['dpv:hasDataController']['@type']).toBe('dpv:DataController');
    const data = jsonld['dpv:hasProcess'].flatMap((p: { 'dpv:hasPersonalData': { '@type': string[] }[] }) => p['dpv:hasPersonalData']);
    expect(data.filter((d: { '@type': string[] }) => d['@type'].includes('dpv:SensitivePersonalData'))).toHaveLength(2);
    expect(jsonld['dpv:hasRight'].every((r: { '@type': string }) => r['@type'] === 'dpv:DataSubjectRight')).toBe(true);
    // Consent only where the notice says a purpose needs it; nothing is claimed for the others.
    const legal = jsonld['dpv:hasProcess'][0]['dpv:hasPurpose'].map((p: { 'dpv:hasLegalBasis'?: { '@id': string } }) => p['dpv:hasLegalBasis']?.['@id']);
    expect(legal).toEqual([undefined, undefined, 'dpv:Consent', 'dpv:Consent']);
  });

  it('marks drafts on every output', () => {
    const out = emitWeb(notice, { ...ctx, draft: true }).outputs;
    for (const p of ['index.html', 'simplificado.html', 'simplificado.txt']) expect(file(out, p)).toContain('BORRADOR — no cumple con la LGPDPPSO');
    expect(file(out, 'index.html')).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('writes the text within the line width, except unbreakable words', () => {
    const text = file(emitWeb(notice, ctx).outputs, 'simplificado.txt');
    for (const line of text.split('\n')) if (line.length > WIDTH) expect(line.trim()).not.toContain(' ');
    expect(text).toContain('Finalidades que requieren su consentimiento');
  });
});

describe('customising', () => {
  it('a workspace template folder overrides partials, and theme values reach the page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-tpl-'));
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'footer.hbs'), '<footer class="site-footer"><p>Pie propio: {{controllerName}}</p></footer>\n');
    writeFileSync(join(dir, 'partials', 'section-cambios.hbs'), '<section id="{{id}}"><h2>{{title}}</h2><p>Sección propia</p></section>\n');
    const logo = join(dir, 'logo.svg');
    writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const r = emitHtml(notice, { ...ctx, templatesDir: dir, theme: { primary: '#13322B', footer: 'Gobierno de Ejemplo', logo } });
    const html = file(r.outputs, 'index.html');
    expect(html).toContain('Pie propio: Instituto de Salud de Sierra Azul');
    expect(html).toContain('<p>Sección propia</p>');
    expect(html).toContain('--brand:#13322B');
    expect(html).toContain('<img class="brand-logo" src="assets/logo.svg" alt="Instituto de Salud de Sierra Azul">');
    expect(r.outputs.some((o) => o.path === 'assets/logo.svg')).toBe(true);
    // The default templates still serve notices built without overrides.
    expect(file(emitSimplifiedHtml(notice, ctx).outputs, 'simplificado.html')).toContain('class="site-footer"');
    expect(r.diagnostics).toEqual([]);
  });

  it('a bad theme value falls back to the default with a warning', () => {
    const r = emitHtml(notice, { ...ctx, theme: { primary: 'red; } body { display:none', primaryDark: '#FFEEEE', logo: '/no/existe.png' } });
    const html = file(r.outputs, 'index.html');
    expect(html).toContain('--brand:#9D2449;--brand-dark:#611232');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['RENDER-THEME-COLOR', 'RENDER-THEME-CONTRAST', 'RENDER-LOGO']);
  });
});
