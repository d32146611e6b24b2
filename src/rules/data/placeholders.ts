/**
 * Placeholder text, hosts, e-mails and phones that templates and drafts leave behind. Data: the legal
 * team extends it. Text patterns run on the original text (some are case-sensitive on purpose:
 * "TODO" is a marker, "todo" is a Spanish word).
 */

/** Markers inside any text. */
export const PLACEHOLDER_TEXT: readonly { id: string; pattern: RegExp }[] = [
  { id: 'por-completar', pattern: /\bpor (?:completar|definir|llenar|capturar|asignar|precisar)\b/i },
  { id: 'pendiente', pattern: /\bPENDIENTE\b|\bPOR CONFIRMAR\b/ },
  // XXX is also the Roman numeral 30 (art. 3 fr. XXX exists): only four or more, or lower case.
  { id: 'xxx', pattern: /\bX{4,}\b|\bx{3,}\b|\bX{3}(?=[-/@])|(?<=[-/@])X{3}\b/ },
  { id: 'todo', pattern: /(?:^|\s)(?:TODO|TBD|FIXME)(?::|\s*$)/ },
  { id: 'lorem', pattern: /\blorem ipsum\b/i },
  { id: 'angle', pattern: /<<[^<>\n]{0,80}>>/ },
  { id: 'braces', pattern: /\{\{[^{}\n]{0,80}\}\}/ },
  {
    id: 'bracket',
    pattern: /\[\s*(?:nombre|domicilio|direcci[oó]n|correo|e-?mail|tel[eé]fono|url|liga|enlace|link|fecha|n[uú]mero|[aá]rea|unidad|responsable|dependencia|sujeto obligado|cargo|insertar|indicar|especificar|completar|describir|agregar|escriba|colocar)[^\]\n]{0,60}\](?!\()/i,
  },
  { id: 'liga-aqui', pattern: /\b(?:url|liga|enlace|link) (?:aqu[ií]|pendiente)\b/i },
];

/**
 * A sample name used as a proper noun ("Estado de Ejemplo", "Fundación Ejemplo", "Calle Ejemplo"),
 * not the phrase "por ejemplo".
 */
export const SAMPLE_NAME = /(?<=\b(?:de|del|la|el|los|las)\s|\b(?!(?:Por|Como|Un|El|Para|Otro|Este|Buen|Vea|Ver|Véase)\b)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s)(?:Ejemplo|Example|Fulan[oa]|Mengan[oa]|Perengan[oa])\b(?!:)/;

/** Host labels that mark a sample domain: example.com, salud.ejemplo.gob.mx, www.sudominio.mx… */
export const PLACEHOLDER_HOST_LABELS: ReadonlySet<string> = new Set([
  'example', 'ejemplo', 'dominio', 'midominio', 'sudominio', 'tudominio', 'tusitio', 'misitio', 'susitio', 'sitio-web', 'nombre-del-sitio',
  'localhost', 'test', 'invalid', 'xxx', 'xxxx',
]);

/** Postal codes that are no one's: 00000, 12345. */
export const PLACEHOLDER_POSTAL_CODES: ReadonlySet<string> = new Set(['00000', '12345']);
