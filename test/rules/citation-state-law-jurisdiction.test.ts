import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stateKey } from '../../src/rules/checks/citation-state-law-jurisdiction.js';
import { checkSource } from '../helpers/check.js';
import { edit, lineOf } from './helpers.js';

// The state base notice of the corpus cites «25 y 26 de la Ley de Protección de Datos Personales en
// Posesión de Sujetos Obligados del Estado de Valle Verde»; its controller is in Valle Verde.
const STATE = readFileSync(new URL('../fixtures/defects/bases/state-body.yaml', import.meta.url), 'utf8');
const found = (text: string) => checkSource('x.yaml', text).diagnostics.filter((d) => d.rule === 'citation-state-law-jurisdiction');
const LAW = 'Ley de Protección de Datos Personales en Posesión de Sujetos Obligados\n    del Estado de Valle Verde.';

describe('citation-state-law-jurisdiction', () => {
  it('valid: a state body cites its own state law (state from the address)', () => {
    expect(found(STATE)).toEqual([]);
  });

  it('valid: the declared jurisdiction wins over the address', () => {
    const text = edit(STATE, { from: LAW, to: 'Ley de Protección de Datos Personales en Posesión de Sujetos Obligados\n    del Estado de Jalisco y sus Municipios.' }, { from: '  website: https://movilidad.valleverde.gob.mx\n', to: '  website: https://movilidad.valleverde.gob.mx\n  jurisdiction:\n    order: state\n    state: Jalisco\n' });
    expect(found(text)).toEqual([]);
  });

  it('invalid: another state\'s law', () => {
    const text = edit(STATE, { from: LAW, to: 'Ley de Protección de Datos Personales en Posesión de Sujetos Obligados\n    del Estado de Jalisco y sus Municipios.' });
    const [d, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ pointer: '/legalBasis/text', severity: 'warning' });
    expect(d!.message).toContain('Jalisco');
    expect(d!.range?.start.line).toBe(lineOf(text, 'del Estado de Jalisco'));
  });

  it('invalid: a federal controller cites a state law', () => {
    const text = edit(STATE, { from: '  website: https://movilidad.valleverde.gob.mx\n', to: '  website: https://movilidad.valleverde.gob.mx\n  jurisdiction:\n    order: federal\n' });
    const [d] = found(text);
    expect(d?.messageId ?? d?.message).toContain('federal');
  });

  it('state names compare without «Estado de», accents or aliases', () => {
    expect(stateKey('Estado de Jalisco')).toBe('jalisco');
    expect(stateKey('Veracruz de Ignacio de la Llave')).toBe(stateKey('veracruz'));
    expect(stateKey('Distrito Federal')).toBe(stateKey('Ciudad de México'));
    expect(stateKey('Estado de México')).toBe(stateKey('México'));
    expect(stateKey('Baja California Sur')).not.toBe(stateKey('Baja California'));
  });
});
