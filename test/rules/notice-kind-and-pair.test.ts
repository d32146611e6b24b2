import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../helpers/check.js';
import { findings, lineOf, TODAY } from './helpers.js';

// The rules about what a notice is (integral, simplified, a pair of two files) and whether the two
// notices of a pair agree. The fixtures are the fictional notices of test/fixtures/notices/kinds.
const read = (name: string) => readFileSync(new URL(`../fixtures/notices/kinds/${name}`, import.meta.url), 'utf8');
const INTEGRAL = read('formulario-becas-integral.yaml');
const SIMPLIFIED = read('formulario-becas-simplificado.yaml');
const DOCUMENT = read('simplificado-documento.yaml');
const WEB = read('web-simplificado-boletin.yaml');

const run = async (integral: string, simplified: string) =>
  (await checkWorkspace([{ file: 'integral.yaml', text: integral }, { file: 'simplificado.yaml', text: simplified }], { today: TODAY })).workspace;
const codes = (ds: { code: string; file: string; pointer: string }[]) => ds.map((d) => [d.code, d.file, d.pointer]);

describe('notice-kind-integral-document-only', () => {
  it('valid: a simplified notice that points at the integral web page', async () => expect(findings(WEB, 'notice-kind-integral-document-only')).toEqual([]));
  it('valid: a document besides the web page', async () => {
    const text = DOCUMENT.replace('publication:\n', 'publication:\n  integralUrl: https://www.aguasantaclara.gob.mx/privacidad/contratos\n');
    expect(findings(text, 'notice-kind-integral-document-only')).toEqual([]);
  });
  it('invalid: the integral is only a .docx', async () => {
    const [d, ...rest] = findings(DOCUMENT, 'notice-kind-integral-document-only');
    expect(rest).toEqual([]);
    expect([d?.pointer, d?.severity, d?.range?.start.line]).toEqual(['/publication/integralDocument', 'warning', lineOf(DOCUMENT, 'integralDocument:')]);
    expect(d?.message).toContain('aviso-integral-contratos.docx');
    expect(d?.citation).toEqual({ law: 'LGPDPPSO-2025', article: 22, paragraph: 'segundo' });
  });
  it('invalid: an integralUrl that is a PDF file', async () => {
    const text = WEB.replace('integralUrl: https://www.inleb.gob.mx/privacidad/boletin', 'integralUrl: https://www.inleb.gob.mx/privacidad/boletin.pdf');
    expect(findings(text, 'notice-kind-integral-document-only').map((d) => d.pointer)).toEqual(['/publication/integralUrl']);
  });
});

describe('a simplified notice must say where the integral is (integral-notice-location-missing)', () => {
  it('valid: a URL, a document, a place or another notice of the workspace', async () => {
    for (const text of [WEB, DOCUMENT, SIMPLIFIED]) expect(findings(text, 'integral-notice-location-missing')).toEqual([]);
  });
  it('invalid: none of them is an error', async () => {
    const text = DOCUMENT.replace(/publication:\n[\s\S]*$/, '');
    const [d] = findings(text, 'integral-notice-location-missing');
    expect(d?.severity).toBe('error');
  });
});

describe('notice-kind-simplified-missing', () => {
  it('valid: a pair from one file, or an integral that names its simplified', async () => {
    expect(findings(read('federal-registro-pesquero.yaml'), 'notice-kind-simplified-missing')).toEqual([]);
    expect(findings(INTEGRAL, 'notice-kind-simplified-missing')).toEqual([]);
  });
  it('invalid: kind integral and no simplified anywhere', async () => {
    const text = INTEGRAL.replace('  simplifiedNotice: ibvv-becas-simplificado\n', '');
    const [d] = findings(text, 'notice-kind-simplified-missing');
    expect([d?.pointer, d?.severity, d?.range?.start.line]).toEqual(['/kind', 'warning', lineOf(text, 'kind: integral')]);
  });
});

describe('notice-pair-link-broken', () => {
  it('valid: the two files name each other', async () => expect(codes((await run(INTEGRAL, SIMPLIFIED)).filter((d) => d.code.startsWith('notice-pair')))).toEqual([]));
  it('invalid: the integral named is not in the run', async () => {
    const r = (await checkWorkspace([{ file: 'simplificado.yaml', text: SIMPLIFIED }], { today: TODAY })).workspace;
    expect(codes(r)).toEqual([['notice-pair-link-broken', 'simplificado.yaml', '/publication/integralNotice']]);
    expect(r[0]!.severity).toBe('error');
  });
  it('invalid: it names a simplified notice as its integral', async () => {
    const other = SIMPLIFIED.replace('id: ibvv-becas-simplificado', 'id: otro-simplificado').replace('integralNotice: ibvv-becas-integral', 'integralNotice: ibvv-becas-simplificado');
    const r = (await checkWorkspace([{ file: 'a.yaml', text: SIMPLIFIED }, { file: 'b.yaml', text: other }], { today: TODAY })).workspace;
    expect(r.filter((d) => d.file === 'b.yaml').map((d) => d.message)).toEqual([expect.stringContaining('de tipo `simplified`')]);
  });
  it('invalid: the integral publishes its own simplified (a pair from one file)', async () => {
    const integral = INTEGRAL.replace('kind: integral\n', '').replace('  simplifiedNotice: ibvv-becas-simplificado\n', '');
    const r = await run(integral, SIMPLIFIED);
    expect(codes(r)).toEqual([['notice-pair-link-broken', 'simplificado.yaml', '/publication/integralNotice']]);
    expect(r[0]!.message).toContain('publica su propio simplificado');
  });
});

describe('notice-pair-inconsistent', () => {
  it('valid: the fictional pair agrees', async () => expect(await run(INTEGRAL, SIMPLIFIED)).toEqual([]));

  it('invalid: a purpose the integral lacks, and one it omits', async () => {
    const simplified = SIMPLIFIED.replace('id: movilidad', 'id: movilidad-internacional');
    const r = await run(INTEGRAL, simplified);
    expect(r.map((d) => d.message)).toEqual([
      expect.stringContaining('Falta la finalidad «Postularle a estancias académicas en el extranjero.»'),
      expect.stringContaining('no está en el aviso integral'),
    ]);
    expect(r.every((d) => d.code === 'notice-pair-inconsistent' && d.file === 'simplificado.yaml' && d.severity === 'error')).toBe(true);
  });

  it('invalid: the same purpose distinguished differently', async () => {
    const simplified = SIMPLIFIED.replace('      - id: mentoria\n        type: secondary', '      - id: mentoria\n        type: primary');
    expect(codes(await run(INTEGRAL, simplified))).toEqual([['notice-pair-inconsistent', 'simplificado.yaml', '/activities/0/purposes/2/type']]);
  });

  it('invalid: a consent transfer of the integral is missing, and a refusal mechanism too', async () => {
    const simplified = SIMPLIFIED.replace(/    - recipient: Universidad socia[\s\S]*?refusal: \[casilla-formato\]\n/, '').replace(/refusal:\n  mechanisms:[\s\S]*?beforeProcessing: true\n/, '');
    const r = await run(INTEGRAL, simplified);
    expect(r.map((d) => d.message)).toEqual([
      expect.stringContaining('Falta el mecanismo de negativa «casilla-formato»'),
      expect.stringContaining('Falta la transferencia a «Universidad socia del programa de movilidad»'),
    ]);
  });

  it('invalid: another controller', async () => {
    const simplified = SIMPLIFIED.replace('  name: Instituto de Becas del Estado de Valle Verde', '  name: Instituto de Becas de Otro Estado');
    expect(codes(await run(INTEGRAL, simplified))).toEqual([['notice-pair-inconsistent', 'simplificado.yaml', '/controller/name']]);
  });
});
