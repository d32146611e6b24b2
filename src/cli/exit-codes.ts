import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { gateFails, type Thresholds } from '../diagnostics/gate.js';
import type { Tr } from './lang.js';

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

/** The exit-code contract, as printed at the end of `--help`. */
export function exitHelp(t: Tr): string {
  return t(
    `
Códigos de salida:
  0  sin hallazgos al nivel de --fail-on (por omisión: error) o superior, y no más advertencias
     que --max-warnings
  1  hallazgos al nivel del umbral, incluidos errores de YAML y de esquema, o demasiadas
     advertencias; no cuentan los silenciados (en línea o por línea base) ni la nota
     RULESET-SELECTED
  2  uso incorrecto, configuración o línea base inválida, archivo ilegible, error de git o error
     interno
`,
    `
Exit codes:
  0  nothing at or above --fail-on (default: error), and no more warnings than --max-warnings
  1  findings at the threshold, YAML and schema errors included, or too many warnings;
     suppressed findings (inline or by baseline) and the RULESET-SELECTED note never count
  2  bad usage, invalid config or baseline, unreadable file, git failure or internal error
`,
  );
}
