import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { gateFails, type Thresholds } from '../diagnostics/gate.js';

export type { Thresholds };

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * 1 when a finding reaches the threshold or warnings exceed --max-warnings. Suppressed findings
 * and run notes (RULESET-SELECTED) never count.
 */
export function exitCodeFor(diagnostics: readonly Diagnostic[], t: Thresholds): ExitCode {
  return gateFails(diagnostics, t) ? EXIT.findings : EXIT.ok;
}

export const EXIT_HELP = `
Códigos de salida / exit codes:
  0  sin hallazgos al nivel de --fail-on (por omisión: error) o superior, y no más advertencias
     que --max-warnings / nothing at or above --fail-on (default: error), warnings within --max-warnings
  1  hallazgos al nivel del umbral, incluidos errores de YAML y de esquema, o demasiadas
     advertencias; no cuentan los silenciados (en línea o por línea base) ni la nota
     RULESET-SELECTED / findings at the threshold (YAML and schema errors included) or too
     many warnings; suppressed findings and the RULESET-SELECTED note never count
  2  uso incorrecto, configuración o línea base inválida, archivo ilegible, error de git o error
     interno / usage, config or baseline error, unreadable file, git failure, internal error
`;
