import type { Lang } from '../diagnostics/diagnostic.js';

const MESSAGES = {
  'BUILD-UNSAFE-ID': {
    es: 'El identificador «{id}» no puede usarse como nombre de carpeta: use solo minúsculas, números y guiones (sin «/», «..» ni espacios).',
    en: 'The id "{id}" cannot be used as a folder name: use lower-case letters, digits and hyphens only (no "/", ".." or spaces).',
  },
  'BUILD-DUPLICATE-ID': {
    es: 'El identificador «{id}» también lo usa {other}; cada aviso necesita un identificador propio. Ninguno de los dos se publicó.',
    en: 'The id "{id}" is also used by {other}; each notice needs its own id. Neither was published.',
  },
  'BUILD-KEPT-PREVIOUS': {
    es: 'El aviso «{id}» no se publicó; se conservan sus archivos de la compilación anterior.',
    en: 'The notice "{id}" was not published; its files from the previous build are kept.',
  },
  'RENDER-FAILED': { es: 'No se pudo generar el formato «{format}»: {detail}', en: 'Could not render the "{format}" format: {detail}' },
  'RENDER-BAD-PATH': {
    es: 'Un generador produjo una ruta de archivo no válida o repetida: «{path}».',
    en: 'An emitter produced an invalid or repeated file path: "{path}".',
  },
} as const;

export type BuildMessageCode = keyof typeof MESSAGES;

export function buildMessage(code: BuildMessageCode, lang: Lang, data: Record<string, string | number>): string {
  return MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? `{${k}}`));
}
