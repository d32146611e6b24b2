/**
 * The yaml parser's messages in Spanish: its most common sentences one by one, else a sentence per
 * error code, so a Spanish run never shows half a message in English. English runs keep the
 * parser's own text.
 */
const SENTENCES: [RegExp, (...g: string[]) => string][] = [
  [/^Implicit keys of flow sequence pairs need to be on a single line/, () => 'las claves implícitas de pares en una secuencia entre corchetes deben ir en una sola línea'],
  [/^Implicit keys need to be on a single line/, () => 'las claves implícitas deben ir en una sola línea (¿falta «:» o sobra un salto de línea?)'],
  [/^Implicit map keys need to be followed by map values/, () => 'a la clave le falta «:» y su valor'],
  [/^Nested mappings are not allowed in compact mappings/, () => 'no se permite un mapeo anidado en la misma línea que su clave (¿falta un salto de línea después de «:»?)'],
  [/^A block sequence may not be used as an implicit map key/, () => 'una lista no puede ser clave de un mapeo'],
  [/^All sequence items must start at the same column/, () => 'todos los elementos de la lista («- ») deben empezar en la misma columna'],
  [/^All mapping items must start at the same column/, () => 'todas las claves del mapeo deben empezar en la misma columna'],
  [/^Tabs are not allowed as indentation/, () => 'no se permiten tabuladores para sangrar: use espacios'],
  [/^Map keys must be unique/, () => 'las claves de un mapeo no se pueden repetir'],
  [/^Missing closing "quote/, () => 'falta la comilla doble de cierre'],
  [/^Missing closing 'quote/, () => 'falta la comilla simple de cierre'],
  [/^Missing , or : between (.+) items/, (c) => `falta «,» o «:» entre los elementos de ${collection(c)}`],
  [/^Missing , between (.+) items/, (c) => `falta «,» entre los elementos de ${collection(c)}`],
  [/^Missing space after : in (.+)/, (c) => `falta un espacio después de «:» en ${collection(c)}`],
  [/^Comments must be separated from other tokens by white space characters/, () => 'el comentario («#») debe ir separado por un espacio'],
  [/^Sequence item without - indicator/, () => 'elemento de lista sin «- »'],
  [/^(?:Flow sequence|Flow mapping) in block collection must be sufficiently indented and end with a ([\]}])/, (e) => `la lista o el mapeo entre ${e === ']' ? 'corchetes' : 'llaves'} debe ir más sangrado y cerrarse con «${e}»`],
  [/^Plain value cannot start with (.+)/, (c) => `un valor sin comillas no puede empezar con ${c} (póngalo entre comillas)`],
  [/^Invalid escape sequence (.+)/, (c) => `secuencia de escape inválida ${c}`],
  [/^Unexpected , in (.+)/, (c) => `«,» inesperada en ${collection(c)}`],
  [/^Unexpected empty item in (.+)/, (c) => `elemento vacío inesperado en ${collection(c)}`],
  [/^Unexpected (\S+) in (.+)/, (tk, c) => `«${tk}» inesperado en ${collection(c)}`],
  [/^Unexpected (.+) at node end/, (tk) => `${tk} inesperado al final del nodo`],
  [/^Unresolved tag: (.+)/, (tag) => `etiqueta YAML desconocida: ${tag}`],
  [/^Source contains multiple documents/, () => 'el archivo contiene varios documentos YAML («---»)'],
  [/^Alias cannot be an empty string/, () => 'el alias («*») no puede estar vacío'],
  [/^Anchor cannot be an empty string/, () => 'el ancla («&») no puede estar vacía'],
  [/^A node can have at most one anchor/, () => 'un nodo puede tener a lo más un ancla («&»)'],
  [/^A node can have at most one tag/, () => 'un nodo puede tener a lo más una etiqueta («!»)'],
  [/^The "(.+)" key is too long/, () => 'la clave es demasiado larga (más de 1024 caracteres)'],
];

function collection(c: string): string {
  if (/flow sequence/i.test(c)) return 'la lista entre corchetes';
  if (/flow map/i.test(c)) return 'el mapeo entre llaves';
  return 'la colección';
}

const BY_CODE: Record<string, string> = {
  ALIAS_PROPS: 'un alias no puede llevar ancla ni etiqueta',
  BAD_ALIAS: 'alias o ancla inválidos',
  BAD_DIRECTIVE: 'directiva YAML inválida',
  BAD_DQ_ESCAPE: 'secuencia de escape inválida entre comillas dobles',
  BAD_INDENT: 'sangría incorrecta',
  BAD_PROP_ORDER: 'el ancla o la etiqueta están en un lugar inválido',
  BAD_SCALAR_START: 'un valor sin comillas no puede empezar con ese carácter (póngalo entre comillas)',
  BLOCK_AS_IMPLICIT_KEY: 'un bloque no puede ser clave de un mapeo',
  BLOCK_IN_FLOW: 'un bloque no puede ir dentro de corchetes o llaves',
  DUPLICATE_KEY: 'las claves de un mapeo no se pueden repetir',
  IMPOSSIBLE: 'estructura YAML inválida',
  KEY_OVER_1024_CHARS: 'la clave es demasiado larga (más de 1024 caracteres)',
  MISSING_CHAR: 'falta un carácter (comilla, «:», «,» o «-»)',
  MULTILINE_IMPLICIT_KEY: 'las claves implícitas deben ir en una sola línea',
  MULTIPLE_ANCHORS: 'un nodo puede tener a lo más un ancla',
  MULTIPLE_DOCS: 'el archivo contiene varios documentos YAML',
  MULTIPLE_TAGS: 'un nodo puede tener a lo más una etiqueta',
  NON_STRING_KEY: 'las claves deben ser texto',
  RESOURCE_EXHAUSTION: 'el documento es demasiado grande o tiene demasiados alias',
  TAB_AS_INDENT: 'no se permiten tabuladores para sangrar: use espacios',
  TAG_RESOLVE_FAILED: 'etiqueta YAML desconocida',
  UNEXPECTED_TOKEN: 'símbolo inesperado',
  BAD_COLLECTION_TYPE: 'tipo de colección inesperado para la etiqueta',
};

/** The parser's message in the run's language (Spanish: translated; English: as the parser wrote it). */
export function yamlMessage(code: string, message: string, lang: 'es' | 'en'): string {
  if (lang === 'en') return message;
  for (const [re, f] of SENTENCES) {
    const m = re.exec(message);
    if (m) return f(...m.slice(1));
  }
  return BY_CODE[code] ?? 'estructura YAML inválida';
}
