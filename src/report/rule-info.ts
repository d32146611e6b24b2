import { docsUrlFor } from '../diagnostics/docs.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReportInput, RuleInfo } from './types.js';

type Titles = Record<'es' | 'en', string>;

/** Titles of the built-in (non-rule) codes; rules bring their own titles through ReportInput.rules. */
const BUILT_IN: Record<string, Titles> = {
  'YAML-SYNTAX': { es: 'Sintaxis YAML inválida', en: 'Invalid YAML syntax' },
  'YAML-DUPLICATE-KEY': { es: 'Clave YAML repetida', en: 'Duplicate YAML key' },
  'YAML-MULTIPLE-DOCUMENTS': { es: 'Varios documentos YAML en un archivo', en: 'Several YAML documents in one file' },
  'YAML-ALIAS-LIMIT': { es: 'Demasiados alias YAML', en: 'Too many YAML aliases' },
  'YAML-NOT-MAPPING': { es: 'El aviso no es un mapeo YAML', en: 'The notice is not a YAML mapping' },
  'SCHEMA-REQUIRED': { es: 'Falta un campo obligatorio', en: 'A required field is missing' },
  'SCHEMA-REQUIRED-LAW': { es: 'Falta un elemento que la ley exige', en: 'An element the law requires is missing' },
  'SCHEMA-UNKNOWN-PROPERTY': { es: 'Clave desconocida', en: 'Unknown key' },
  'SCHEMA-TYPE': { es: 'Tipo de valor incorrecto', en: 'Wrong value type' },
  'SCHEMA-ENUM': { es: 'Valor no permitido', en: 'Value not allowed' },
  'SCHEMA-PATTERN': { es: 'Formato de texto incorrecto', en: 'Wrong text format' },
  'SCHEMA-FORMAT': { es: 'Formato inválido (fecha, URL, correo…)', en: 'Invalid format (date, URL, e-mail…)' },
  'SCHEMA-MIN-LENGTH': { es: 'Texto vacío', en: 'Empty text' },
  'SCHEMA-MIN-ITEMS': { es: 'Lista con muy pocos elementos', en: 'List with too few items' },
  'SCHEMA-UNIQUE-ITEMS': { es: 'Valor repetido en una lista', en: 'Repeated value in a list' },
  'SCHEMA-RANGE': { es: 'Número fuera de rango', en: 'Number out of range' },
  'SCHEMA-ONE-OF-REQUIRED': { es: 'Falta una de varias claves alternativas', en: 'One of several alternative keys is missing' },
  'SCHEMA-INVALID': { es: 'Valor inválido', en: 'Invalid value' },
  'IO-READ': { es: 'No se pudo leer el archivo', en: 'The file could not be read' },
  'IO-ENCODING': { es: 'El archivo no es UTF-8', en: 'The file is not UTF-8' },
  'RULESET-SELECTED': { es: 'Conjunto de reglas aplicado', en: 'Ruleset applied' },
  'BASELINE-STALE': { es: 'Entrada obsoleta de la línea base', en: 'Stale baseline entry' },
};

/**
 * One RuleInfo per code that appears in the findings, plus every rule the caller says ran, sorted
 * by id (code-point order). Metadata comes from ReportInput.rules, then the built-in table, then
 * the first finding with that code.
 */
export function rulesFor(input: ReportInput): RuleInfo[] {
  const known = new Map<string, RuleInfo>((input.rules ?? []).map((r) => [r.id, r]));
  const first = new Map<string, Diagnostic>();
  for (const d of input.diagnostics) if (!first.has(d.code)) first.set(d.code, d);
  const ids = new Set([...known.keys(), ...first.keys()]);
  return [...ids]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((id) => {
      const d = first.get(id);
      const base = known.get(id);
      const title = base?.title ?? BUILT_IN[id] ?? { es: id, en: id };
      return {
        ...base,
        id,
        title,
        citation: base?.citation ?? (id.startsWith('SCHEMA-') ? undefined : d?.citation),
        confidence: base?.confidence ?? (id.startsWith('SCHEMA-') ? undefined : d?.confidence),
        docsUrl: base?.docsUrl ?? d?.docsUrl ?? docsUrlFor(id),
      };
    });
}
