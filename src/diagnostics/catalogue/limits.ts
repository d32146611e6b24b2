import { entry } from './types.js';

/**
 * Input guards of a notice file: the documented limits (docs/limits.md; values in
 * source/limits.ts) and the kinds of content a notice may never hold. Each is an error with the
 * position of the offending value; a file over a limit is not processed further.
 */
export const LIMIT_CODES = {
  'LIMIT-FILE-SIZE': entry(
    'error',
    ['Archivo demasiado grande', 'File too large'],
    ['El archivo ocupa {size} bytes; el límite de un aviso es {limit} bytes. No se procesó.', 'The file is {size} bytes; the limit for a notice is {limit} bytes. It was not processed.'],
    ['Un aviso real ocupa decenas de kilobytes; un archivo mayor que el límite (512 KiB) es casi seguro un error (un archivo equivocado, datos pegados por accidente) y se rechaza sin leerlo como YAML, para que no bloquee la revisión de los demás.', 'A real notice is tens of kilobytes; a file over the limit (512 KiB) is almost certainly a mistake (the wrong file, data pasted by accident) and is refused without parsing it as YAML, so that it cannot stall the check of the others.'],
    ['Revise que sea el archivo correcto y retire lo que sobra; los límites están en docs/limits.md.', 'Check that it is the right file and remove what does not belong; the limits are in docs/limits.md.'],
  ),
  'LIMIT-DEPTH': entry(
    'error',
    ['Anidación demasiado profunda', 'Nesting too deep'],
    ['Las listas y mapeos se anidan a más de {limit} niveles a partir de aquí. El archivo no se procesó.', 'Lists and mappings nest more than {limit} levels deep from here. The file was not processed.'],
    ['Un aviso anida a lo sumo unos diez niveles; una anidación más profunda que el límite (32) es un error de sangría o un archivo hostil y se rechaza sin procesarlo.', 'A notice nests about ten levels at most; nesting deeper than the limit (32) is an indentation mistake or a hostile file and is refused without processing it.'],
    ['Revise la sangría a partir de la línea indicada y cierre los corchetes `[` y llaves `{`.', 'Check the indentation from the reported line on and close the `[` brackets and `{` braces.'],
  ),
  'LIMIT-COLLECTION-SIZE': entry(
    'error',
    ['Lista o mapeo demasiado largo', 'List or mapping too long'],
    ['Esta lista o mapeo tiene {count} elementos; el límite es {limit}. El archivo no se procesó.', 'This list or mapping has {count} items; the limit is {limit}. The file was not processed.'],
    ['Ninguna lista de un aviso (datos, finalidades, canales) se acerca al límite de 1 000 elementos ni ningún bloque a 1 000 claves; algo así es un error de generación o un archivo hostil.', 'No list of a notice (data, purposes, channels) comes near the limit of 1,000 items, nor any mapping to 1,000 keys; such a thing is a generation mistake or a hostile file.'],
    ['Divida el contenido o retire los elementos repetidos; la posición indica el primer elemento que sobra.', 'Split the content or remove repeated items; the position marks the first item over the limit.'],
  ),
  'LIMIT-STRING-LENGTH': entry(
    'error',
    ['Texto demasiado largo', 'Text too long'],
    ['Este texto tiene {length} caracteres; el límite es {limit}. El archivo no se procesó.', 'This text has {length} characters; the limit is {limit}. The file was not processed.'],
    ['Ningún campo de un aviso necesita más de 20 000 caracteres (unas ocho páginas); un texto mayor suele ser un documento pegado por error.', 'No field of a notice needs more than 20,000 characters (about eight pages); a longer text is usually a document pasted by mistake.'],
    ['Resuma el texto o enlace el documento completo desde el aviso.', 'Summarise the text or link the full document from the notice.'],
  ),
  'LIMIT-NODES': entry(
    'error',
    ['Demasiados valores en el archivo', 'Too many values in the file'],
    ['El archivo tiene más de {limit} valores (textos, listas y mapeos). No se procesó.', 'The file has more than {limit} values (texts, lists and mappings). It was not processed.'],
    ['El aviso real más extenso tiene unos 600 valores; un archivo con más de 20 000 es un error de generación o un archivo hostil.', 'The largest real notice has about 600 values; a file with more than 20,000 is a generation mistake or a hostile file.'],
    ['Revise que sea el archivo correcto; la posición indica el primer valor que sobra.', 'Check that it is the right file; the position marks the first value over the limit.'],
  ),
  'YAML-ALIAS-CYCLE': entry(
    'error',
    ['Alias YAML circular', 'Circular YAML alias'],
    ['El alias `*{alias}` está dentro del bloque que nombra su ancla `&{alias}`: el valor sería infinito. El archivo no se procesó.', 'The alias `*{alias}` is inside the block its anchor `&{alias}` names: the value would be infinite. The file was not processed.'],
    ['Un alias (`*nombre`) repite el valor de su ancla (`&nombre`); si está dentro de ese mismo valor, el valor se contiene a sí mismo sin fin y ningún programa puede leerlo ni publicarlo.', 'An alias (`*name`) repeats the value of its anchor (`&name`); inside that very value, the value contains itself endlessly and no program can read or publish it.'],
    ['Escriba el valor en lugar del alias, o mueva el ancla a un valor que no contenga el alias.', 'Write the value instead of the alias, or move the anchor to a value that does not contain the alias.'],
  ),
  'YAML-TAG-UNSUPPORTED': entry(
    'error',
    ['Etiqueta YAML no admitida', 'Unsupported YAML tag'],
    ['Etiqueta YAML no admitida ({tag}): un aviso solo contiene textos, números, sí/no, listas y mapeos.', 'Unsupported YAML tag ({tag}): a notice holds only texts, numbers, yes/no, lists and mappings.'],
    ['Una etiqueta como `!!js/function`, `!!binary`, `!!set` o `!mi-etiqueta` pide a YAML un tipo de dato que un aviso no usa (o que notice no conoce); el valor se leería distinto de como está escrito.', 'A tag such as `!!js/function`, `!!binary`, `!!set` or `!my-tag` asks YAML for a data type a notice does not use (or notice does not know); the value would be read differently from how it is written.'],
    ['Retire la etiqueta (lo que empieza con `!`); si el valor es un texto, escríbalo entre comillas.', 'Remove the tag (the part starting with `!`); if the value is a text, put it in quotes.'],
  ),
  'YAML-CONTROL-CHARACTER': entry(
    'error',
    ['Carácter invisible o de control en un texto', 'Invisible or control character in a text'],
    ['El texto contiene un carácter invisible o de control ({char}) que no puede publicarse.', 'The text holds an invisible or control character ({char}) that cannot be published.'],
    ['Caracteres como NUL, los de control (U+0001–U+001F, U+007F–U+009F) o los que invierten la dirección del texto (U+202A–U+202E, U+2066–U+2069) no se ven, pero llegarían a las páginas, al PDF y a los datos, donde pueden ocultar o reordenar lo que lee la persona. Suelen venir de copiar y pegar desde otro programa.', 'Characters such as NUL, control characters (U+0001–U+001F, U+007F–U+009F) or those that reverse the direction of text (U+202A–U+202E, U+2066–U+2069) are invisible but would reach the pages, the PDF and the data, where they can hide or reorder what the reader sees. They usually come from copy and paste out of another program.'],
    ['Borre el carácter (vuelva a escribir el texto alrededor de la posición indicada). Tabuladores y saltos de línea sí se admiten.', 'Delete the character (retype the text around the reported position). Tabs and line breaks are allowed.'],
  ),
};
