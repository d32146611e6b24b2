import { entry } from './types.js';

/** Codes of compiling and publishing: ids, emitters, themes, PDF fonts. */
export const BUILD_CODES = {
  'BUILD-UNSAFE-ID': entry(
    'error',
    ['Identificador inservible como carpeta', 'Id unusable as a folder name'],
    ['El identificador «{id}» no puede usarse como nombre de carpeta: use solo minúsculas, números y guiones (sin «/», «..» ni espacios).', 'The id "{id}" cannot be used as a folder name: use lower-case letters, digits and hyphens only (no "/", ".." or spaces).'],
    ['El `id` del aviso da nombre a su carpeta publicada; un `id` con barras, puntos o espacios podría escribir fuera de la carpeta de salida, así que el aviso no se publica.', "The notice's `id` names its published folder; an `id` with slashes, dots or spaces could write outside the output folder, so the notice is not published."],
    ['Use un `id` de minúsculas, números y guiones, p. ej. `consulta-nss`.', 'Use an `id` of lower-case letters, digits and hyphens, e.g. `consulta-nss`.'],
  ),
  'BUILD-DUPLICATE-ID': entry(
    'error',
    ['Dos avisos con el mismo identificador', 'Two notices with the same id'],
    ['El identificador «{id}» también lo usa {other}; cada aviso necesita un identificador propio. Ninguno de los dos se publicó.', 'The id "{id}" is also used by {other}; each notice needs its own id. Neither was published.'],
    ['Dos archivos declaran el mismo `id`, que da nombre a la carpeta publicada: uno sobrescribiría al otro, así que ninguno se publica.', 'Two files declare the same `id`, which names the published folder: one would overwrite the other, so neither is published.'],
    ['Dé a cada aviso un `id` propio.', 'Give each notice its own `id`.'],
  ),
  'BUILD-KEPT-PREVIOUS': entry(
    'info',
    ['Se conserva la versión publicada anterior', 'The previously published version is kept'],
    ['El aviso «{id}» no se publicó; se conservan sus archivos de la compilación anterior.', 'The notice "{id}" was not published; its files from the previous build are kept.'],
    ['El aviso tiene errores y no se publicó en esta compilación; la carpeta de salida conserva los archivos que publicó la compilación anterior, marcados `stale` en el manifiesto.', 'The notice has errors and was not published by this build; the output folder keeps the files the previous build published, marked `stale` in the manifest.'],
    ['Corrija los errores del aviso y vuelva a compilar.', "Fix the notice's errors and build again."],
  ),
  'RENDER-FAILED': entry(
    'error',
    ['No se pudo generar un formato', 'A format could not be rendered'],
    ['No se pudo generar el formato «{format}»: {detail}', 'Could not render the "{format}" format: {detail}'],
    ['Un generador (HTML, PDF, texto, JSON-LD) falló con este aviso; el aviso no se publica y sus archivos anteriores se conservan.', 'An emitter (HTML, PDF, text, JSON-LD) failed on this notice; the notice is not published and its previous files are kept.'],
    ['Si el detalle no señala un problema del aviso o de las plantillas propias, es un defecto de notice: repórtelo con el aviso.', 'If the detail does not point at a problem of the notice or of your templates, it is a defect of notice: report it with the notice.'],
  ),
  'RENDER-BAD-PATH': entry(
    'error',
    ['Ruta de salida inválida', 'Invalid output path'],
    ['Un generador produjo una ruta de archivo no válida o repetida: «{path}».', 'An emitter produced an invalid or repeated file path: "{path}".'],
    ['Un generador quiso escribir fuera de la carpeta del aviso o dos generadores produjeron el mismo archivo con distinto contenido.', "An emitter tried to write outside the notice's folder, or two emitters produced the same file with different contents."],
    ['Revise las plantillas propias (`templates`); si no las usa, es un defecto de notice.', 'Check your template overrides (`templates`); if you use none, it is a defect of notice.'],
  ),
  'RENDER-THEME-COLOR': entry(
    'warning',
    ['Color del tema inválido', 'Invalid theme colour'],
    ['El color «{key}» del tema no es un color hexadecimal (#RRGGBB): se usa {fallback}.', 'The theme colour "{key}" is not a hex colour (#RRGGBB): {fallback} is used.'],
    ['Un color de `theme` en notice.config.yaml no tiene la forma `#RRGGBB`; se usa el color institucional por omisión.', 'A `theme` colour in notice.config.yaml is not of the form `#RRGGBB`; the default institutional colour is used.'],
    ['Escriba el color como `#RRGGBB`, p. ej. `#9D2449`.', 'Write the colour as `#RRGGBB`, e.g. `#9D2449`.'],
  ),
  'RENDER-THEME-CONTRAST': entry(
    'warning',
    ['Color del tema con poco contraste', 'Theme colour with too little contrast'],
    ['El color «{key}» ({value}) no contrasta lo suficiente con el blanco (WCAG AA pide 4.5:1): se usa {fallback}.', 'The theme colour "{key}" ({value}) has too little contrast with white (WCAG AA asks for 4.5:1): {fallback} is used.'],
    ['Un color de `theme` haría ilegible el texto blanco sobre él o el texto de ese color sobre blanco; se usa el color por omisión.', 'A `theme` colour would make white text on it, or text of that colour on white, illegible; the default colour is used.'],
    ['Elija un tono más oscuro (contraste de al menos 4.5:1 con el blanco).', 'Choose a darker shade (at least 4.5:1 contrast with white).'],
  ),
  'RENDER-LOGO': entry(
    'warning',
    ['Logotipo no utilizable', 'Logo not usable'],
    ['El logotipo «{logo}» {reason}: se omite.', 'The logo "{logo}" {reason}: it is left out.'],
    ['El `theme.logo` de notice.config.yaml no existe o no es SVG, PNG, JPEG, WebP ni GIF; las páginas se generan sin logotipo.', 'The `theme.logo` of notice.config.yaml does not exist or is not SVG, PNG, JPEG, WebP or GIF; the pages are built without a logo.'],
    ['Corrija la ruta (relativa a notice.config.yaml) o convierta la imagen.', 'Correct the path (relative to notice.config.yaml) or convert the image.'],
  ),
  'PDF-MISSING-GLYPH': entry(
    'warning',
    ['Caracteres que el PDF no puede dibujar', 'Characters the PDF cannot draw'],
    ['El PDF {variant} no puede dibujar {chars}: la fuente Noto Sans no tiene esos caracteres; se imprimen como «?» (el texto extraído y el que lee un lector de pantalla sí los conservan). Sustituya el carácter por uno equivalente o elimínelo.', 'The {variant} PDF cannot draw {chars}: Noto Sans lacks these characters; they print as "?" (extracted and spoken text keeps them). Replace the character with an equivalent one or remove it.'],
    ['El texto del aviso usa caracteres que la fuente incrustada en los PDF no tiene (emojis, símbolos poco comunes): en el papel se ven como «?», aunque el texto extraído y el que lee un lector de pantalla los conservan.', "The notice's text uses characters the PDFs' embedded font lacks (emoji, rare symbols): on paper they show as \"?\", though extracted and spoken text keeps them."],
    ['Sustituya el carácter por uno equivalente (por ejemplo, comillas o guiones comunes) o elimínelo.', 'Replace the character with an equivalent one (e.g. plain quotes or hyphens) or remove it.'],
  ),
};
