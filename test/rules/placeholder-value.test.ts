import { describe, expect, it } from 'vitest';
import { checkSource } from '../helpers/check.js';
import { placeholderPhone, placeholderUrl } from '../../src/rules/shared/placeholders.js';
import { edit, ruleTable } from './helpers.js';
import { readFileSync } from 'node:fs';

ruleTable('placeholder-value', {
  valid: [
    { name: 'reference notice (real-looking fictional names and hosts)' },
    { name: '"por ejemplo" is a phrase, not a sample name', edits: [{ from: 'con acceso restringido', to: 'por ejemplo, con acceso restringido' }] },
    { name: 'fraction XXX is a Roman numeral', edits: [{ from: 'y 22 de la Ley General', to: 'y 22, y 3, fracción XXX, de la Ley General' }] },
    { name: 'a Markdown link is not a bracketed placeholder', edits: [{ from: 'en la dirección de abajo', to: 'en [esta página](https://salud.valleverde.gob.mx/avisos-privacidad)' }] },
  ],
  invalid: [
    { name: 'POR COMPLETAR in an address', edits: [{ from: 'street: Calle Morelos', to: 'street: POR COMPLETAR', after: 'transparencyUnit:' }], pointer: '/transparencyUnit/address/street', line: { needle: 'POR COMPLETAR' } },
    { name: 'XXXX in a phone', edits: [{ from: '{ number: 999 123 4500, extension: "210" }', to: '{ number: 55 XXXX XXXX }' }], pointer: '/transparencyUnit/phones/0/number', line: { needle: 'XXXX' } },
    { name: '[nombre del área] inside a multi-line text points at the marker', edits: [{ from: 'Antes de que se traten sus datos para los recordatorios o se transfieran', to: 'Antes de que [nombre del área] trate sus datos para los recordatorios o se transfieran' }], pointer: '/refusal/text', line: { needle: '[nombre del área]' } },
    { name: 'an example.com link', edits: [{ from: 'url: https://www.plataformadetransparencia.org.mx', to: 'url: https://example.com/arco' }], pointer: '/rights/channels/1/url', line: { needle: 'example.com' } },
    { name: 'an ejemplo.gob.mx subdomain', edits: [{ from: 'integralUrl: https://salud.valleverde.gob.mx', to: 'integralUrl: https://salud.ejemplo.gob.mx' }], pointer: '/publication/integralUrl', line: { needle: 'integralUrl:' } },
    { name: 'an e-mail on a sample domain', edits: [{ from: 'email: transparencia@salud.valleverde.gob.mx\n  phones', to: 'email: correo@dominio.com\n  phones' }], pointer: '/transparencyUnit/email', line: { needle: 'correo@dominio.com' } },
    { name: 'a sample controller name', edits: [{ from: 'name: Secretaría de Salud del Estado de Valle Verde\n  shortName', to: 'name: Secretaría de Salud del Estado de Ejemplo\n  shortName' }], pointer: '/controller/name', line: { needle: 'Estado de Ejemplo' }, messageIncludes: 'Estado de Ejemplo' },
    { name: 'TODO', edits: [{ from: 'confidentiality: El personal que tiene acceso', until: '\nrefusal:', to: 'confidentiality: "TODO: redactar"' }], pointer: '/transfers/confidentiality', line: { needle: 'TODO' } },
    { name: 'a blank value', edits: [{ from: 'physicalLocation: Dirección de Salud Pública, Avenida Independencia 1200, Centro, San Isidro', to: 'physicalLocation: "   "' }], pointer: '/publication/physicalLocation', line: { needle: 'physicalLocation' } },
    { name: 'a # link in the text', edits: [{ from: 'en la dirección de abajo', to: 'en [esta página](#)' }], pointer: '/changes/text', line: { needle: 'esta página' } },
  ],
});

describe('placeholder detectors', () => {
  it('urls', () => {
    for (const u of ['https://example.com', 'https://www.ejemplo.gob.mx/avisos-privacidad/', 'http://localhost:8080/x', '#', 'javascript:void(0)', 'https://www.sudominio.gob.mx']) expect(placeholderUrl(u), u).toBeDefined();
    for (const u of ['https://www.imss.gob.mx/avisos', 'https://www.plataformadetransparencia.org.mx', 'https://transparencia.cdmx.gob.mx']) expect(placeholderUrl(u), u).toBeUndefined();
  });
  it('phones', () => {
    for (const p of ['55 0000 0000', '1234567890', '55 XXXX XXXX', '000 000 0000']) expect(placeholderPhone(p), p).toBe(true);
    for (const p of ['55 91 60 81 00', '999 123 4500', '800 623 2323']) expect(placeholderPhone(p), p).toBe(false);
  });
});

describe('the repository reference notice', () => {
  // notices/reference-notice.yaml is a fictional example with *.ejemplo.gob.mx hosts and «Estado de
  // Ejemplo» names: as published text those are placeholders. The MODEL helper owns notices/; this
  // test lists the values to replace and will fail (pass) once they are replaced.
  it('has placeholder values that keep it from being published as final', () => {
    const text = readFileSync(new URL('../../notices/reference-notice.yaml', import.meta.url), 'utf8');
    const found = checkSource('notices/reference-notice.yaml', text).diagnostics.filter((d) => d.rule === 'placeholder-value');
    expect(found.every((d) => d.severity === 'error')).toBe(true);
    if (!found.length) return;
    expect(found.map((d) => d.pointer)).toContain('/controller/website');
  });
  it('a notice with a placeholder is an error-level finding (never published as final)', () => {
    const text = edit(readFileSync(new URL('./fixtures/reference.yaml', import.meta.url), 'utf8'), { from: 'street: Calle Morelos', to: 'street: POR COMPLETAR' });
    expect(checkSource('x.yaml', text).diagnostics.some((d) => d.rule === 'placeholder-value' && d.severity === 'error')).toBe(true);
  });
});
