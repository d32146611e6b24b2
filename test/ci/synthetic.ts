import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const r = (line: number, column: number, endLine = line, endColumn = column + 5) => ({ start: { line, column }, end: { line: endLine, column: endColumn } });

/** Findings that exercise every field the reporters handle, including awkward characters. */
export const SYNTHETIC: Diagnostic[] = [
  {
    code: 'NEGATIVA-MISSING',
    severity: 'error',
    message: 'Falta el mecanismo para negarse: 100% obligatorio, sin excepción.\nSegunda línea: con «comillas», comas y dos puntos.',
    detail: 'Indique el medio (correo, formulario) para manifestar la negativa.',
    file: 'avisos/señal con espacio.yaml',
    pointer: '/activities/0/purposes/1',
    range: r(12, 7, 12, 30),
    rule: 'NEGATIVA-MISSING',
    citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'IV', paragraph: 'último' },
    confidence: 'VERIFIED',
    docsUrl: 'https://github.com/notice-avisos/notice/blob/main/docs/rules/negativa-missing.md',
    notes: [{ message: 'Finalidad secundaria declarada aquí.', file: 'avisos/señal con espacio.yaml', pointer: '/activities/0/purposes/1/type' }],
  },
  {
    code: 'TRANSFER-PURPOSE',
    severity: 'warning',
    message: 'La transferencia no indica su finalidad.',
    file: 'avisos/b.yaml',
    pointer: '/transfers/items/0',
    range: r(30, 5, 34, 2),
    citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'VII' },
    confidence: 'CORROBORATED',
  },
  {
    code: 'portability-info-missing',
    severity: 'info',
    message: 'El aviso no informa sobre el derecho a la portabilidad.',
    file: 'avisos/b.yaml',
    pointer: '/rights',
    range: r(20, 1, 20, 7),
    citation: { law: 'LGPDPPSO-2025', article: 51 },
    confidence: 'CORROBORATED',
  },
  {
    code: 'NEGATIVA-MISSING',
    severity: 'error',
    message: 'Falta el mecanismo para negarse.',
    file: 'avisos/b.yaml',
    pointer: '/activities/1/purposes/0',
    range: r(40, 9),
    citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'IV' },
    confidence: 'VERIFIED',
    suppressed: { source: 'inline', reason: 'Se publica en el portal, ver oficio 123/2025.', until: '2026-12-31' },
  },
  {
    code: 'SCHEMA-REQUIRED-LAW',
    severity: 'error',
    message: 'Falta «Domicilio» (controller.address), elemento que la ley exige.',
    file: 'avisos/c.yaml',
    pointer: '/controller',
    range: r(3, 1, 3, 11),
    citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'I' },
    confidence: 'VERIFIED',
    suppressed: { source: 'baseline', reason: 'Adopción: se corrige en el T1.' },
  },
];

/** The run note every notice gets; CI formats leave it out. */
export const RUN_NOTE: Diagnostic = {
  code: 'RULESET-SELECTED',
  severity: 'info',
  message: 'Reglas aplicadas: lgpdppso-2025 (según la fecha de actualización).',
  file: 'avisos/b.yaml',
  pointer: '/updated',
  range: r(5, 10, 5, 20),
};
