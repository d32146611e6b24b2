import { describe, expect, it } from 'vitest';
import { checkSource } from '../helpers/check.js';

// Positions of schema findings in places the fixtures do not reach: flow mappings and sequences,
// list items of the wrong kind, empty values.
const TEXT = `id: posiciones
title: Aviso
updated: 2025-04
controller:
  name: Instituto
  address: {street: Reforma, state: CDMX, postalCode: 6600}
activities:
  - title: a
    data:
      - 42
      - {category: health}
    purposes: [{text: x, type: primario}]
legalBasis:
  text: x
transfers:
rights:
  rights: [access, acces]
transparencyUnit: {}
changes: {text: ""}
`;

const CASES: [pointer: string, code: string, line: number, column: number, message: RegExp][] = [
  ['/controller/address/postalCode', 'SCHEMA-TYPE', 6, 55, /«Código postal» debe ser un texto.*entre comillas/],
  ['/activities/0/data/0', 'SCHEMA-TYPE', 10, 9, /«Dato personal» debe ser un bloque de claves, pero es un número entero/],
  ['/activities/0/data/1/name', 'SCHEMA-REQUIRED', 11, 9, /^Falta «Dato» \(activities\[0\]\.data\[1\]\.name\)\.$/],
  ['/activities/0/purposes/0/type', 'SCHEMA-ENUM', 12, 32, /¿Quiso decir «primary»\?$/],
  ['/transfers', 'SCHEMA-TYPE', 15, 1, /^«Transferencias» está vacío; debe ser un bloque de claves\.$/],
  ['/rights/rights/1', 'SCHEMA-ENUM', 17, 20, /«acces».*¿Quiso decir «access»\?$/],
  ['/transparencyUnit/address', 'SCHEMA-REQUIRED', 18, 1, /^Falta «Domicilio de la Unidad de Transparencia»/],
  ['/changes/text', 'SCHEMA-MIN-LENGTH', 19, 17, /^«Texto» de «Cambios al aviso» está vacío\.$/],
];

describe('schema findings point at the right line and column', () => {
  const found = checkSource('posiciones.yaml', TEXT).diagnostics.filter((d) => d.code.startsWith('SCHEMA-'));

  it('reports exactly the expected findings', () => {
    expect(found.map((d) => d.pointer)).toEqual(CASES.map(([p]) => p));
  });

  for (const [pointer, code, line, column, msg] of CASES) {
    it(`${code} at ${pointer} → ${line}:${column}`, () => {
      const d = found.find((x) => x.pointer === pointer);
      expect(d?.code).toBe(code);
      expect(d?.range?.start).toEqual({ line, column });
      expect(d?.message).toMatch(msg);
    });
  }
});
