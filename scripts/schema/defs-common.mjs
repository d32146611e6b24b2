// Shared building blocks of the notice format: text, identifiers, addresses, contact channels and
// legal citations.
import { arr, law, md, obj, ref, str } from './helpers.mjs';

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/** Characters a URL's path, query or fragment may hold: no spaces, controls, quotes, angle brackets, backslashes. */
const URL_TAIL = '[^\\s\\u0000-\\u001F\\u007F<>"\\\\^`{|}]';
export const URL_PATTERN =
  `^(?:https?://(?:${LABEL}\\.)*${LABEL}(?::[0-9]{1,5})?(?:[/?#]${URL_TAIL}*)?` +
  `|mailto:[^\\s\\u0000-\\u001F\\u007F<>"\\\\^\`{|}:/@]+@(?:${LABEL}\\.)+[A-Za-z]{2,63}` +
  `|tel:\\+?[0-9][0-9().-]{5,}[0-9])$`;

export const commonDefs = {
  markdown: {
    type: 'string',
    minLength: 1,
    title: 'Texto con formato',
    description: 'Texto libre en Markdown (párrafos, listas, negritas, enlaces). No se permite HTML.',
  },
  slug: {
    type: 'string',
    pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    maxLength: 80,
    title: 'Identificador',
    description: 'Minúsculas, números y guiones, p. ej. `consulta-nss`.',
  },
  // A real http(s) URL with a host name (no `https:javascript:…`, no `user@host` disguise), a
  // mailto: address or a tel: number: nothing else may reach an href, a JSON-LD id or a PDF link.
  url: {
    type: 'string',
    format: 'uri',
    pattern: URL_PATTERN,
    title: 'Dirección web',
    description: 'URL absoluta que empieza con `https://` (o `http://`), de preferencia en el dominio del responsable.',
  },
  email: { type: 'string', format: 'email', title: 'Correo electrónico', description: 'Dirección de correo electrónico, p. ej. `unidad.enlace@imss.gob.mx`.' },
  dateOrMonth: {
    type: 'string',
    format: 'date-or-month',
    pattern: '^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$',
    title: 'Fecha',
    description: 'Fecha completa `AAAA-MM-DD` (p. ej. `2025-04-30`) o solo el mes `AAAA-MM` (p. ej. `2025-04`).',
  },
  phone: obj(
    'Teléfono',
    'Número telefónico con extensión opcional.',
    {
      number: str('Número', 'Número a 10 dígitos, con o sin espacios, p. ej. `55 91 60 81 00`.', {
        pattern: '^\\+?[0-9][0-9 ()-]{6,}[0-9]$',
      }),
      extension: str('Extensión', 'Extensión telefónica, p. ej. `105202`.', { pattern: '^[0-9]{1,8}$' }),
      label: str('Etiqueta', 'Para qué sirve este número, p. ej. «Atención ciudadana».'),
    },
    ['number'],
  ),
  address: obj(
    'Domicilio',
    'Domicilio estructurado: calle, número, colonia, alcaldía o municipio, código postal y entidad federativa.',
    {
      street: str('Calle', 'Calle o avenida, p. ej. `Av. Paseo de la Reforma`.'),
      number: str('Número exterior', 'Número exterior, p. ej. `476`.'),
      interior: str('Número interior o piso', 'Interior, piso o edificio, p. ej. `3er Piso`.'),
      colonia: str('Colonia', 'Colonia o localidad, p. ej. `Juárez`.'),
      municipality: str('Alcaldía o municipio', 'Alcaldía, demarcación territorial o municipio, p. ej. `Cuauhtémoc`.'),
      municipalityKind: {
        type: 'string',
        enum: ['alcaldia', 'demarcacion-territorial', 'municipio'],
        title: 'Tipo de demarcación',
        description: '`alcaldia`, `demarcacion-territorial` (Ciudad de México) o `municipio`.',
      },
      postalCode: str('Código postal', 'Código postal de cinco dígitos, p. ej. `06600`.', { pattern: '^[0-9]{5}$' }),
      city: str('Ciudad o localidad', 'Ciudad, si difiere de la entidad federativa.'),
      state: str('Entidad federativa', 'Entidad federativa, p. ej. `Ciudad de México`.'),
      country: str('País', 'País; por omisión, México.'),
      references: str('Referencias', 'Entre qué calles está, edificio o referencias para llegar.'),
      asWritten: str('Domicilio tal como está redactado', 'El domicilio literal del documento original, para conservarlo.'),
    },
    ['street', 'state'],
  ),
  lawCitation: obj(
    'Cita de la ley de protección de datos',
    'Artículo, fracción y párrafo de la ley de protección de datos en que se apoya algo (p. ej. una excepción del art. 16): la Ley General, la ley estatal del responsable u otra ley nombrada en `instrument`.',
    {
      law: {
        type: 'string',
        enum: ['LGPDPPSO-2025', 'LGPDPPSO-2017', 'LFPDPPP-2025', 'state-law'],
        title: 'Ley',
        description:
          'Ley citada: `LGPDPPSO-2025` (vigente), `LGPDPPSO-2017` (abrogada), `LFPDPPP-2025`, o `state-law`: la ley estatal de protección de datos declarada en `controller.jurisdiction.dataProtectionLaw`. Para otra ley, escriba su nombre en `instrument`.',
      },
      instrument: str('Otra ley', 'Nombre completo de la ley citada cuando no es una de las de `law`, p. ej. «Ley de Transparencia y Acceso a la Información Pública del Estado de Jalisco y sus Municipios».'),
      article: { type: 'integer', minimum: 1, maximum: 999, title: 'Artículo', description: 'Número de artículo.' },
      fraction: str('Fracción', 'Fracción en números romanos, p. ej. `VII`.', { pattern: '^[IVXL]+$' }),
      paragraph: str('Párrafo', 'Párrafo, p. ej. `segundo` o `último`.'),
      inciso: str('Inciso', 'Inciso, p. ej. `a)`.'),
    },
    ['article'],
    { anyOf: [{ required: ['law'] }, { required: ['instrument'] }] },
  ),
  provision: obj(
    'Disposición',
    'Un artículo (con fracciones, párrafos, incisos o apartado) o un numeral de un instrumento jurídico.',
    {
      article: str('Artículo', 'Artículo tal como se cita, p. ej. `6o`, `111 A`, `3`.'),
      fractions: arr('Fracciones', 'Fracciones citadas, p. ej. `[IX, X, XI]`.', str('Fracción', 'Fracción en números romanos, p. ej. `IX`.')),
      paragraphs: arr('Párrafos', 'Párrafos citados, p. ej. `[segundo]`.', str('Párrafo', 'Párrafo, p. ej. `segundo`.')),
      incisos: arr('Incisos', 'Incisos citados, p. ej. `[d), f)]`.', str('Inciso', 'Inciso, p. ej. `d)`.')),
      apartado: str('Apartado o base', 'Apartado o base, p. ej. `A` en «artículo 6o, apartado A».'),
      locator: str('Otra referencia', 'Para instrumentos sin artículos: p. ej. `numeral 2 del apartado 8.1.3`.'),
    },
    [],
    { anyOf: [{ required: ['article'] }, { required: ['locator'] }] },
  ),
  legalInstrument: obj(
    'Instrumento jurídico citado',
    'Una ley, reglamento, manual o norma citada como fundamento, con sus disposiciones.',
    {
      instrument: str('Instrumento', 'Nombre completo del instrumento, p. ej. `Ley del Seguro Social`.'),
      kind: {
        type: 'string',
        enum: [
          'constitution',
          'general-law',
          'federal-law',
          'state-law',
          'regulation',
          'internal-regulation',
          'organization-manual',
          'official-standard',
          'agreement',
          'guidelines',
          'decree',
          'treaty',
          'other',
        ],
        title: 'Tipo de instrumento',
        description:
          'constitution (Constitución), general-law / federal-law / state-law (leyes), regulation (reglamento), internal-regulation (reglamento interior o estatuto orgánico), organization-manual (manual de organización), official-standard (NOM), agreement (acuerdo), guidelines (lineamientos), decree (decreto), treaty (tratado), other.',
      },
      provisions: arr('Disposiciones', 'Artículos o numerales citados.', { $ref: '#/$defs/provision' }),
      purpose: str('Para qué se cita', 'Qué facultad u obligación establece, si el aviso lo dice (p. ej. el objeto de la NOM).'),
    },
    ['instrument', 'kind'],
  ),
  legalBasis: obj(
    'Fundamento legal',
    'Fundamento que faculta al responsable para el tratamiento (art. 21 fr. III): normas de atribución y disposiciones de protección de datos, estructuradas, más el texto tal como está redactado.',
    {
      attribution: arr('Normas de atribución', 'Normas que dan la atribución al responsable: ley orgánica, reglamento interior, ley sectorial.', {
        $ref: '#/$defs/legalInstrument',
      }),
      dataProtection: arr('Disposiciones de protección de datos', 'Constitución y ley de protección de datos citadas.', {
        $ref: '#/$defs/legalInstrument',
      }),
      other: arr('Otras normas', 'Otras normas citadas, como las NOM o los lineamientos.', { $ref: '#/$defs/legalInstrument' }),
      text: md('Texto del fundamento', 'El fundamento tal como está redactado.'),
    },
    ['text'],
    { 'x-law': law(21, 'III') },
  ),
  channel: obj(
    'Medio o canal',
    'Un medio de contacto: presencial, escrito, correo, teléfono, Plataforma Nacional de Transparencia, web, aplicación, WhatsApp, Messenger…',
    {
      kind: {
        type: 'string',
        enum: ['in-person', 'written', 'email', 'phone', 'pnt', 'web', 'web-form', 'app', 'whatsapp', 'messenger', 'sms', 'mail', 'office', 'other'],
        title: 'Tipo de medio',
        description:
          'in-person (presencial), written (escrito libre), email, phone, pnt (Plataforma Nacional de Transparencia), web, web-form (formulario), app (aplicación), whatsapp, messenger, sms, mail (correo postal), office (oficinas regionales), other.',
      },
      label: str('Nombre del medio', 'Cómo se presenta el medio, p. ej. «Presencialmente o a través de escrito libre».'),
      description: md('Descripción', 'Cómo se usa este medio.'),
      address: ref('address', 'Domicilio', 'Domicilio, para medios presenciales o escritos.'),
      email: ref('email', 'Correo electrónico', 'Correo electrónico del medio.'),
      phone: ref('phone', 'Teléfono', 'Teléfono del medio.'),
      url: ref('url', 'Dirección web', 'URL del medio (plataforma, formulario, directorio).'),
      hours: str('Horario', 'Días y horario de atención, p. ej. «lunes a viernes de 9:00 a 15:00 horas».'),
    },
    ['kind'],
  ),
};
