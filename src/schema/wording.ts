import type { Lang } from '../diagnostics/diagnostic.js';

// The words schema findings are made of: our own names for JSON types, formats and patterns, so
// no ajv wording ever reaches the user.

export const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  string: { es: 'un texto', en: 'a string' },
  object: { es: 'un bloque de claves', en: 'a mapping' },
  array: { es: 'una lista', en: 'a list' },
  boolean: { es: '`true` o `false`', en: '`true` or `false`' },
  integer: { es: 'un número entero', en: 'an integer' },
  number: { es: 'un número', en: 'a number' },
  null: { es: 'vacío', en: 'empty' },
};

export const FORMAT_NAMES: Record<string, Record<Lang, string>> = {
  uri: { es: 'una URL válida', en: 'a valid URL' },
  email: { es: 'un correo electrónico válido', en: 'a valid e-mail address' },
  date: { es: 'una fecha válida (`AAAA-MM-DD`)', en: 'a valid date (`YYYY-MM-DD`)' },
  'date-or-month': {
    es: 'una fecha (`AAAA-MM-DD`) o un mes (`AAAA-MM`) que exista en el calendario',
    en: 'a calendar date (`YYYY-MM-DD`) or month (`YYYY-MM`)',
  },
};

/** What each pattern of the schema expects, in words (keyed by the pattern's source). */
export const PATTERN_HINTS: Record<string, Record<Lang, string>> = {
  '^[0-9]{5}$': { es: 'cinco dígitos, p. ej. `06600`', en: 'five digits, e.g. `06600`' },
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': {
    es: 'minúsculas, números y guiones, sin acentos ni espacios, p. ej. `consulta-nss`',
    en: 'lower-case letters, digits and hyphens, no accents or spaces, e.g. `consulta-nss`',
  },
  '^(?:https?://(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?::[0-9]{1,5})?(?:[/?#][^\\s\\u0000-\\u001F\\u007F<>"\\\\^`{|}]*)?|mailto:[^\\s\\u0000-\\u001F\\u007F<>"\\\\^`{|}:/@]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}|tel:\\+?[0-9][0-9().-]{5,}[0-9])$': {
    es: 'una URL que empiece con `https://` seguida del nombre del sitio (o `mailto:`, `tel:`)',
    en: 'a URL starting with `https://` followed by the site name (or `mailto:`, `tel:`)',
  },
  '^\\+?[0-9][0-9 ()-]{6,}[0-9]$': { es: 'un número telefónico, p. ej. `55 91 60 81 00`', en: 'a phone number, e.g. `55 91 60 81 00`' },
  '^[0-9]{1,8}$': { es: 'solo dígitos, p. ej. `105202`', en: 'digits only, e.g. `105202`' },
  '^[IVXL]+$': { es: 'números romanos en mayúsculas, p. ej. `VII`', en: 'upper-case Roman numerals, e.g. `VII`' },
  '^[A-Z]{2}$': { es: 'un código de país de dos letras mayúsculas, p. ej. `MX`', en: 'a two-letter upper-case country code, e.g. `MX`' },
  '^(/[^/]*)*$': { es: 'un puntero JSON, p. ej. `/activities/0/purposes/1`', en: 'a JSON pointer, e.g. `/activities/0/purposes/1`' },
  '^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$': {
    es: '`AAAA-MM-DD` o `AAAA-MM`, p. ej. `2025-04`',
    en: '`YYYY-MM-DD` or `YYYY-MM`, e.g. `2025-04`',
  },
};

/** Titles shared by many fields, which need their block's title to be understood. */
export const GENERIC_TITLES = new Set([
  'Texto', 'Descripción', 'Nombre', 'Medios', 'Identificador', 'Título', 'URL', 'Dirección web', 'Correo electrónico', 'Correo',
  'Teléfono', 'Teléfonos', 'Número', 'Domicilio', 'Detalle', 'Horario', 'País', 'Instrumento', 'Finalidad', 'Fundamento',
  'Mecanismo', 'Excepciones', 'Consentimiento', 'Tipo', 'Datos usados', 'Medios para negarse', 'Etiqueta', 'Servicio', 'Contenido',
]);
