import type { Lang } from '../diagnostics/diagnostic.js';

type Template = Record<Lang, string>;

/**
 * Catalogue of the messages of every non-rule code (YAML-*, SCHEMA-*, IO-*, RULESET-*). Rules carry
 * their own messages in their files. `{name}` placeholders are filled from data.
 */
export const CATALOGUE = {
  'YAML-SYNTAX': { es: 'Error de sintaxis YAML: {detail}', en: 'YAML syntax error: {detail}' },
  'YAML-DUPLICATE-KEY': {
    es: 'Clave repetida: cada clave puede aparecer una sola vez en el mismo bloque ({detail}).',
    en: 'Duplicate key: each key may appear only once in the same mapping ({detail}).',
  },
  'YAML-MULTIPLE-DOCUMENTS': {
    es: 'El archivo contiene varios documentos YAML; un aviso debe ser un solo documento.',
    en: 'The file holds several YAML documents; a notice must be a single document.',
  },
  'YAML-ALIAS-LIMIT': {
    es: 'Demasiados alias YAML (posible «bomba» de alias); el archivo no se procesó ({detail}).',
    en: 'Too many YAML aliases (possible alias bomb); the file was not processed ({detail}).',
  },
  'YAML-NOT-MAPPING': {
    es: 'Un aviso debe ser un mapeo YAML (claves y valores), no {detail}.',
    en: 'A notice must be a YAML mapping (keys and values), not {detail}.',
  },
  'SCHEMA-REQUIRED': { es: 'Falta {field} ({path}).', en: '{field} is missing.' },
  'SCHEMA-REQUIRED-LAW': {
    es: 'Falta {field} ({path}), elemento que la ley exige.',
    en: '{field} is missing; the law requires it.',
  },
  'SCHEMA-UNKNOWN-PROPERTY': {
    es: 'La clave «{key}» no existe en {parent}.{suggestion}',
    en: 'Unknown key "{key}" in {parent}.{suggestion}',
  },
  'SCHEMA-SUGGESTION': { es: ' ¿Quiso decir «{candidate}»?', en: ' Did you mean "{candidate}"?' },
  'SCHEMA-TYPE': {
    es: '{field} debe ser {expected}, pero es {actual}.{hint}',
    en: '{field} must be {expected}, but it is {actual}.{hint}',
  },
  'SCHEMA-TYPE-EMPTY': {
    es: '{field} está vacío; debe ser {expected}.',
    en: '{field} is empty; it must be {expected}.',
  },
  'SCHEMA-TYPE-QUOTE': {
    es: ' Escríbalo entre comillas (p. ej. `"06600"`) para que YAML lo lea como texto y conserve los ceros iniciales.',
    en: ' Quote it (e.g. `"06600"`) so YAML reads it as text and keeps leading zeros.',
  },
  'SCHEMA-ENUM': {
    es: '{field} tiene el valor «{value}», que no es válido. Valores permitidos: {allowed}.{suggestion}',
    en: '{field} has the value "{value}", which is not allowed. Allowed values: {allowed}.{suggestion}',
  },
  'SCHEMA-PATTERN': {
    es: '{field} tiene el valor «{value}», que no tiene el formato esperado: {hint}.',
    en: '{field} has the value "{value}", which does not have the expected format: {hint}.',
  },
  'SCHEMA-FORMAT': {
    es: '{field} debe ser {format}; «{value}» no lo es.',
    en: '{field} must be {format}; "{value}" is not.',
  },
  'SCHEMA-MIN-LENGTH': { es: '{field} está vacío.', en: '{field} is empty.' },
  'SCHEMA-TOO-SHORT': {
    es: '{field} es demasiado corto: escriba al menos {limit} caracteres.',
    en: '{field} is too short: write at least {limit} characters.',
  },
  'SCHEMA-MIN-ITEMS': {
    es: '{field} debe tener al menos {limit} elemento(s).',
    en: '{field} must have at least {limit} item(s).',
  },
  'SCHEMA-UNIQUE-ITEMS': { es: '{field} repite un valor.', en: '{field} repeats a value.' },
  'SCHEMA-RANGE': { es: '{field} debe ser {comparison} {limit}.', en: '{field} must be {comparison} {limit}.' },
  'SCHEMA-ONE-OF-REQUIRED': {
    es: '{field} necesita al menos una de estas claves: {keys}.',
    en: '{field} needs at least one of these keys: {keys}.',
  },
  'SCHEMA-INVALID': { es: '{field} no es válido.', en: '{field} is not valid.' },
  'IO-READ': { es: 'No se pudo leer el archivo: {detail}', en: 'Could not read the file: {detail}' },
  'IO-ENCODING': {
    es: 'El archivo no es texto UTF-8 válido.',
    en: 'The file is not valid UTF-8 text.',
  },
  'RULESET-SELECTED': {
    es: 'Reglas aplicadas: {ruleset} ({reason}).',
    en: 'Ruleset applied: {ruleset} ({reason}).',
  },
} satisfies Record<string, Template>;

export type MessageCode = keyof typeof CATALOGUE;

export function fill(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function message(code: MessageCode, lang: Lang, data: Record<string, unknown> = {}): string {
  return fill(CATALOGUE[code][lang], data);
}
