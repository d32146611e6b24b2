import { entry } from './types.js';

/** Reading and parsing a notice file: I/O and YAML problems. */
export const SOURCE_CODES = {
  'IO-READ': entry(
    'error',
    ['No se pudo leer el archivo', 'The file could not be read'],
    ['No se pudo leer el archivo: {detail}', 'Could not read the file: {detail}'],
    ['El archivo no existe, no es legible o es una carpeta.', 'The file does not exist, is not readable or is a folder.'],
    ['Revise la ruta y los permisos. El código de salida es 2.', 'Check the path and permissions. The exit code is 2.'],
  ),
  'IO-ENCODING': entry(
    'error',
    ['El archivo no es UTF-8', 'The file is not UTF-8'],
    ['El archivo no es texto UTF-8 válido.', 'The file is not valid UTF-8 text.'],
    ['El archivo no es texto UTF-8 válido (p. ej. se guardó en Latin-1 o Windows-1252).', 'The file is not valid UTF-8 text (e.g. saved as Latin-1 or Windows-1252).'],
    ['Guárdelo como UTF-8 desde su editor. El código de salida es 2.', 'Save it as UTF-8 from your editor. The exit code is 2.'],
  ),
  'YAML-SYNTAX': entry(
    'error',
    ['Sintaxis YAML inválida', 'Invalid YAML syntax'],
    ['Error de sintaxis YAML: {detail}', 'YAML syntax error: {detail}'],
    ['El archivo no es YAML válido: una comilla o un corchete sin cerrar, una sangría inconsistente, un tabulador.', 'The file is not valid YAML: an unclosed quote or bracket, inconsistent indentation, a tab.'],
    ['Corrija la línea y columna indicadas; use espacios (no tabuladores) y cierre comillas y corchetes. Un editor con soporte YAML señala el error al escribir.', 'Fix the reported line and column; use spaces (not tabs) and close quotes and brackets. A YAML-aware editor flags it as you type.'],
  ),
  'YAML-DUPLICATE-KEY': entry(
    'error',
    ['Clave YAML repetida', 'Duplicate YAML key'],
    ['Clave repetida: cada clave puede aparecer una sola vez en el mismo bloque ({detail}).', 'Duplicate key: each key may appear only once in the same mapping ({detail}).'],
    ['La misma clave aparece dos veces en un bloque; solo una valdría y la otra se perdería sin aviso.', 'The same key appears twice in one mapping; only one would count and the other would be silently lost.'],
    ['Deje una sola aparición de la clave y combine los valores.', 'Keep a single occurrence of the key and merge the values.'],
  ),
  'YAML-MULTIPLE-DOCUMENTS': entry(
    'error',
    ['Varios documentos YAML en un archivo', 'Several YAML documents in one file'],
    ['El archivo contiene varios documentos YAML; un aviso debe ser un solo documento.', 'The file holds several YAML documents; a notice must be a single document.'],
    ['El archivo tiene separadores `---` que lo dividen en varios documentos; un aviso es un solo documento.', 'The file has `---` separators that split it into several documents; a notice is a single document.'],
    ['Use un archivo por aviso y retire los separadores `---` intermedios.', 'Use one file per notice and remove the inner `---` separators.'],
  ),
  'YAML-ALIAS-LIMIT': entry(
    'error',
    ['Demasiados alias YAML', 'Too many YAML aliases'],
    ['Demasiados alias YAML (posible «bomba» de alias); el archivo no se procesó ({detail}).', 'Too many YAML aliases (possible alias bomb); the file was not processed ({detail}).'],
    ['El archivo usa más de 100 alias (`*ancla`); es la firma de una «bomba» de alias y no se procesa.', 'The file uses more than 100 aliases (`*anchor`); that is the signature of an alias bomb and it is not processed.'],
    ['Escriba los valores en lugar de repetir alias.', 'Write the values out instead of repeating aliases.'],
  ),
  'YAML-NOT-MAPPING': entry(
    'error',
    ['El aviso no es un mapeo YAML', 'The notice is not a YAML mapping'],
    ['Un aviso debe ser un mapeo YAML (claves y valores), no {detail}.', 'A notice must be a YAML mapping (keys and values), not {detail}.'],
    ['El documento está vacío o es una lista o un valor suelto; un aviso es un bloque de claves (`id:`, `title:`…).', 'The document is empty, a list or a scalar; a notice is a mapping of keys (`id:`, `title:`…).'],
    ['Parta de `notices/reference-notice.yaml` o de `notice new <id>`.', 'Start from `notices/reference-notice.yaml` or `notice new <id>`.'],
  ),
};
