// The notice format, as data. Keys are English; titles and descriptions are Spanish so editors
// (yaml-language-server, VS Code) show help in the legal team's language. `x-law` marks a field
// that the law requires: the schema translator cites it when the field is missing.
// Edit here, then run `npm run gen` to rewrite schemas/notice.schema.json and src/model/notice.ts.

const law = (article, fraction, paragraph) => ({
  law: 'LGPDPPSO-2025',
  article,
  ...(fraction ? { fraction } : {}),
  ...(paragraph ? { paragraph } : {}),
});

const str = (title, description, extra = {}) => ({ type: 'string', minLength: 1, title, description, ...extra });
const md = (title, description) => ({
  $ref: '#/$defs/markdown',
  title,
  description: `${description} Admite Markdown (negritas, listas, enlaces); no admite HTML.`,
});
const bool = (title, description) => ({ type: 'boolean', title, description });
const arr = (title, description, items, extra = {}) => ({ type: 'array', title, description, items, ...extra });
const obj = (title, description, properties, required = [], extra = {}) => ({
  type: 'object',
  title,
  description,
  additionalProperties: false,
  properties,
  ...(required.length ? { required } : {}),
  ...extra,
});
const ref = (name, title, description, extra = {}) => ({ $ref: `#/$defs/${name}`, title, description, ...extra });

const slug = {
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  maxLength: 80,
};

const $defs = {
  markdown: {
    type: 'string',
    minLength: 1,
    title: 'Texto con formato',
    description: 'Texto libre en Markdown (párrafos, listas, negritas, enlaces). No se permite HTML.',
  },
  slug: { ...slug, title: 'Identificador', description: 'Minúsculas, números y guiones, p. ej. `consulta-nss`.' },
  url: {
    type: 'string',
    format: 'uri',
    pattern: '^(https?|mailto|tel):',
    title: 'Dirección web',
    description: 'URL absoluta, de preferencia https, en el dominio del responsable.',
  },
  email: { type: 'string', format: 'email', title: 'Correo electrónico', description: 'Dirección de correo electrónico.' },
  dateOrMonth: {
    type: 'string',
    pattern: '^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$',
    title: 'Fecha',
    description: 'Fecha completa `AAAA-MM-DD` o solo el mes `AAAA-MM`.',
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
      postalCode: str('Código postal', 'Código postal de cinco dígitos.', { pattern: '^[0-9]{5}$' }),
      city: str('Ciudad o localidad', 'Ciudad, si difiere de la entidad federativa.'),
      state: str('Entidad federativa', 'Entidad federativa, p. ej. `Ciudad de México`.'),
      country: str('País', 'País; por omisión, México.'),
      asWritten: str('Domicilio tal como está redactado', 'El domicilio literal del documento original, para conservarlo.'),
    },
    ['street', 'state'],
  ),
  lawCitation: obj(
    'Cita de la ley de protección de datos',
    'Artículo, fracción y párrafo de la ley de protección de datos en que se apoya algo (p. ej. una excepción del art. 16).',
    {
      law: {
        type: 'string',
        enum: ['LGPDPPSO-2025', 'LGPDPPSO-2017', 'LFPDPPP-2025'],
        title: 'Ley',
        description: 'Ley citada: `LGPDPPSO-2025` (vigente), `LGPDPPSO-2017` (abrogada) o `LFPDPPP-2025`.',
      },
      article: { type: 'integer', minimum: 1, maximum: 200, title: 'Artículo', description: 'Número de artículo.' },
      fraction: str('Fracción', 'Fracción en números romanos, p. ej. `VII`.', { pattern: '^[IVXL]+$' }),
      paragraph: str('Párrafo', 'Párrafo, p. ej. `segundo` o `último`.'),
      inciso: str('Inciso', 'Inciso, p. ej. `a)`.'),
    },
    ['law', 'article'],
  ),
  provision: obj(
    'Disposición',
    'Un artículo (con fracciones, párrafos, incisos o apartado) o un numeral de un instrumento jurídico.',
    {
      article: str('Artículo', 'Artículo tal como se cita, p. ej. `6o`, `111 A`, `3`.'),
      fractions: arr('Fracciones', 'Fracciones citadas, p. ej. `[IX, X, XI]`.', { type: 'string', minLength: 1 }),
      paragraphs: arr('Párrafos', 'Párrafos citados, p. ej. `[segundo]`.', { type: 'string', minLength: 1 }),
      incisos: arr('Incisos', 'Incisos citados, p. ej. `[d), f)]`.', { type: 'string', minLength: 1 }),
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
  channel: obj(
    'Medio o canal',
    'Un medio de contacto: presencial, escrito, correo, teléfono, Plataforma Nacional de Transparencia, web, aplicación, WhatsApp, Messenger…',
    {
      kind: {
        type: 'string',
        enum: [
          'in-person',
          'written',
          'email',
          'phone',
          'pnt',
          'web',
          'web-form',
          'app',
          'whatsapp',
          'messenger',
          'sms',
          'mail',
          'office',
          'other',
        ],
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
  dataItem: obj(
    'Dato personal',
    'Un dato personal o categoría de datos que se recaba.',
    {
      id: ref('slug', 'Identificador', 'Identificador opcional para referirse al dato desde una finalidad.'),
      name: str('Dato', 'Nombre del dato tal como se informa, p. ej. `Clave Única de Registro de Población (CURP)`.'),
      category: {
        type: 'string',
        enum: [
          'identification',
          'contact',
          'location',
          'employment',
          'academic',
          'financial',
          'health',
          'biometric',
          'genetic',
          'ethnic-origin',
          'beliefs',
          'political',
          'sexual-life',
          'image-voice',
          'online-identifiers',
          'legal',
          'family',
          'free-text',
          'attachments',
          'other',
        ],
        title: 'Categoría',
        description:
          'identification, contact, location (ubicación o geolocalización), employment (laborales), academic, financial (patrimoniales), health (salud), biometric (biométricos), genetic, ethnic-origin, beliefs (creencias), political, sexual-life, image-voice (fotografía, voz), online-identifiers (cookies, IP, identificadores del dispositivo), legal (procesos jurídicos), family, free-text (relatoría libre), attachments (documentos adjuntos), other.',
      },
      sensitive: bool('¿Es sensible?', 'Marca el dato como sensible (art. 3 fr. X): salud, biometría, origen étnico, creencias, etc.'),
      source: {
        type: 'string',
        enum: ['data-subject', 'representative', 'other-authority', 'public-source', 'device', 'third-party', 'generated'],
        title: 'Origen del dato',
        description:
          'data-subject (la persona titular), representative (su representante), other-authority (otra autoridad, p. ej. validación contra el INE), public-source (fuente de acceso público), device (el dispositivo), third-party (un particular), generated (lo genera el responsable).',
      },
      sourceDetail: str('Detalle del origen', 'Quién proporciona o de dónde se obtiene el dato, p. ej. «Instituto Nacional Electoral».'),
      use: md('Uso del dato', 'Para qué se usa este dato en particular, si el aviso lo dice.'),
      optional: bool('¿Es opcional?', 'El titular puede no proporcionarlo.'),
    },
    ['name', 'category'],
  ),
  purpose: obj(
    'Finalidad',
    'Una finalidad del tratamiento.',
    {
      id: ref('slug', 'Identificador', 'Identificador opcional para citar la finalidad.'),
      text: md('Finalidad', 'La finalidad tal como se informa.'),
      type: {
        type: 'string',
        enum: ['primary', 'secondary'],
        title: 'Tipo de finalidad',
        description:
          '`primary`: necesaria para el servicio, no requiere consentimiento (art. 16). `secondary`: adicional, requiere consentimiento y un medio para negarse (art. 21 fr. IV y VIII).',
        'x-law': law(21, 'IV'),
      },
      items: arr('Detalle', 'Subfinalidades o incisos de la finalidad.', { type: 'string', minLength: 1 }),
      deidentified: bool('¿Datos disociados?', 'La finalidad usa solo datos disociados o agregados (art. 16 fr. IX), p. ej. estadística no nominal.'),
      consentException: arr(
        'Excepción al consentimiento',
        'Fracción del art. 16 en que se apoya una finalidad que no requiere consentimiento.',
        { $ref: '#/$defs/lawCitation' },
      ),
      data: arr('Datos usados', 'Identificadores (`id`) de los datos que usa esta finalidad.', { $ref: '#/$defs/slug' }),
      refusal: arr('Medios para negarse', 'Identificadores de los mecanismos de negativa que aplican.', { $ref: '#/$defs/slug' }),
    },
    ['text', 'type'],
  ),
  activity: obj(
    'Tratamiento (servicio o trámite)',
    'Una actividad de tratamiento: un servicio, trámite o función con sus propios datos y finalidades.',
    {
      id: ref('slug', 'Identificador', 'Identificador del tratamiento, p. ej. `consulta-nss`.'),
      title: str('Título', 'Nombre del servicio o trámite, p. ej. «Consultar el Número de Seguridad Social».'),
      description: md('Descripción', 'Explicación del tratamiento tal como está redactada.'),
      channels: arr('Medios de obtención', 'Medios por los que se recaban los datos de este tratamiento.', {
        $ref: '#/$defs/channel',
      }),
      data: arr('Datos personales', 'Datos personales que se recaban para este tratamiento.', { $ref: '#/$defs/dataItem' }, { 'x-law': law(21, 'II') }),
      dataNote: md('Nota sobre los datos', 'Texto adicional sobre los datos, tal como está redactado.'),
      purposes: arr('Finalidades', 'Finalidades de este tratamiento.', { $ref: '#/$defs/purpose' }, { 'x-law': law(21, 'IV') }),
      purposesNote: md('Nota sobre las finalidades', 'Texto adicional sobre las finalidades, tal como está redactado.'),
      sensitiveDataBasis: obj(
        'Base para tratar datos sensibles',
        'Cómo se obtiene el consentimiento expreso y por escrito para datos sensibles, o la excepción del art. 16 aplicable (art. 7 y 15).',
        {
          consent: {
            type: 'string',
            enum: ['express-written', 'not-required'],
            title: 'Consentimiento',
            description: '`express-written` (expreso y por escrito) o `not-required` (excepción del art. 16).',
          },
          mechanism: md('Mecanismo', 'Cómo se recaba el consentimiento expreso y por escrito (firma, autenticación).'),
          exceptions: arr('Excepciones', 'Fracciones del art. 16 que se invocan.', { $ref: '#/$defs/lawCitation' }),
        },
        ['consent'],
      ),
    },
    ['title', 'data', 'purposes'],
  ),
  transfer: obj(
    'Transferencia',
    'Una comunicación de datos a alguien distinto del titular, del responsable y del encargado (art. 3 fr. XXX).',
    {
      recipient: str('Destinatario', 'Autoridad, organismo o persona que recibe los datos.', { 'x-law': law(21, 'VII', 'a)') }),
      recipientKind: {
        type: 'string',
        enum: ['public-authority', 'private', 'international-organization', 'foreign-authority'],
        title: 'Tipo de destinatario',
        description:
          'public-authority (autoridad de los tres órdenes de gobierno), private (persona física o moral privada), international-organization (organismo internacional), foreign-authority (autoridad extranjera).',
      },
      country: str('País', 'País del destinatario (código ISO 3166-1 alfa-2, p. ej. `MX`, `US`).', { pattern: '^[A-Z]{2}$' }),
      purpose: md('Finalidad de la transferencia', 'Para qué se transfieren los datos.'),
      data: arr('Datos transferidos', 'Qué datos se transfieren.', { type: 'string', minLength: 1 }),
      consentRequired: bool('¿Requiere consentimiento?', 'La transferencia requiere consentimiento (no está en los arts. 16, 60 ni 64).'),
      exceptions: arr('Excepción invocada', 'Fracciones de los arts. 16 o 64 que hacen innecesario el consentimiento.', {
        $ref: '#/$defs/lawCitation',
      }),
      instrument: str('Instrumento de formalización', 'Convenio, contrato u otro instrumento (art. 60).'),
      refusal: arr('Medios para negarse', 'Mecanismos de negativa que aplican a esta transferencia.', { $ref: '#/$defs/slug' }),
    },
    ['recipient', 'recipientKind', 'purpose', 'consentRequired'],
  ),
};

const properties = {
  id: ref('slug', 'Identificador del aviso', 'Identificador estable; da nombre a la carpeta publicada, p. ej. `imss-digital`.'),
  title: str('Título', 'Título completo del aviso, p. ej. «Aviso de Privacidad Integral de la Aplicación IMSS Digital».'),
  subtitle: str('Subtítulo', 'Segunda línea del título, si la hay.'),
  law: {
    type: 'string',
    enum: ['LGPDPPSO-2025', 'LGPDPPSO-2017'],
    title: 'Ley aplicable',
    description:
      'Versión de la ley con la que se redacta el aviso: `LGPDPPSO-2025` (DOF 20-03-2025, vigente desde el 21-03-2025) o `LGPDPPSO-2017` (abrogada). Si se omite, se deduce de la fecha de actualización.',
  },
  language: {
    type: 'string',
    enum: ['es-MX'],
    title: 'Idioma',
    description: 'Idioma del aviso. Por ahora, `es-MX`.',
  },
  updated: ref('dateOrMonth', 'Fecha de actualización', 'Fecha (`AAAA-MM-DD`) o mes (`AAAA-MM`) de la última actualización del aviso.'),
  context: {
    type: 'string',
    enum: ['service', 'app', 'website', 'form', 'event', 'program', 'procedure', 'system', 'other'],
    title: 'Contexto',
    description: 'Dónde se recaban los datos: service (servicio), app, website, form (formulario), event, program, procedure (trámite), system, other.',
  },
  intro: md('Introducción', 'Párrafo inicial tal como está redactado, si se quiere conservar.'),
  controller: obj(
    'Responsable',
    'El sujeto obligado que decide sobre el tratamiento (art. 21 fr. I).',
    {
      name: str('Denominación', 'Nombre oficial del sujeto obligado, p. ej. «Instituto Mexicano del Seguro Social».', {
        'x-law': law(21, 'I'),
      }),
      shortName: str('Siglas', 'Siglas o nombre corto, p. ej. `IMSS`.'),
      legalNature: str('Naturaleza jurídica', 'P. ej. «Organismo Público Descentralizado».'),
      unit: str('Área responsable', 'Área que trata los datos, p. ej. «Área de Atención Ciudadana».'),
      address: ref('address', 'Domicilio del responsable', 'Domicilio del responsable (art. 21 fr. I).', { 'x-law': law(21, 'I') }),
      website: ref('url', 'Sitio web', 'Portal institucional.'),
    },
    ['name', 'address'],
    { 'x-law': law(21, 'I') },
  ),
  dataSubjects: obj(
    'Titulares',
    'A quién se dirige el aviso: población, derechohabientes, menores y sus representantes.',
    {
      description: md('Descripción', 'Quiénes son los titulares, tal como se redacta.'),
      includesMinors: bool('¿Incluye menores?', 'Se tratan datos de niñas, niños o adolescentes.'),
      representation: md('Representación', 'Cómo consienten y ejercen derechos los representantes (padres, tutores) (arts. 7, 14 y 43).'),
    },
    ['description'],
  ),
  collection: obj(
    'Obtención de los datos',
    'Medios por los que se recaban los datos y cómo se resguardan.',
    {
      channels: arr('Medios', 'Correo, teléfono, WhatsApp, Messenger, presencial, aplicación, formulario web…', {
        $ref: '#/$defs/channel',
      }),
      text: md('Descripción', 'Texto sobre la obtención, tal como está redactado.'),
      storage: md('Resguardo', 'Dónde y cómo se resguardan los datos (formatos, bases de datos).'),
    },
  ),
  activities: arr(
    'Tratamientos',
    'Uno o más tratamientos (servicios, trámites), cada uno con sus datos y finalidades (art. 21 fr. II y IV).',
    { $ref: '#/$defs/activity' },
    { minItems: 1, 'x-law': law(21, 'II') },
  ),
  legalBasis: obj(
    'Fundamento legal',
    'Fundamento que faculta al responsable para el tratamiento (art. 21 fr. III).',
    {
      attribution: arr('Normas de atribución', 'Normas que dan la atribución al responsable: ley orgánica, reglamento interior, ley sectorial.', {
        $ref: '#/$defs/legalInstrument',
      }),
      dataProtection: arr('Disposiciones de protección de datos', 'Constitución y ley de protección de datos citadas.', {
        $ref: '#/$defs/legalInstrument',
      }),
      other: arr('Otras normas', 'Otras normas citadas (NOM, lineamientos).', { $ref: '#/$defs/legalInstrument' }),
      text: md('Texto del fundamento', 'El fundamento tal como está redactado.'),
    },
    ['text'],
    { 'x-law': law(21, 'III') },
  ),
  transfers: obj(
    'Transferencias',
    'Transferencias de datos y, en su caso, la declaración de que no se realizan salvo excepciones (art. 21 fr. VII).',
    {
      none: bool('¿Sin transferencias?', '`true` si el aviso declara que no se realizan transferencias (salvo las excepciones legales enumeradas).'),
      statement: md('Declaración', 'La declaración sobre transferencias tal como está redactada.'),
      exceptions: arr(
        'Excepciones invocadas',
        'Casos en que sí se transfieren datos sin consentimiento («salvo…»), con su fundamento.',
        obj(
          'Excepción',
          'Un caso de transferencia sin consentimiento.',
          {
            description: str('Descripción', 'P. ej. «requerimientos de información de una autoridad competente».'),
            citations: arr('Fundamento', 'Artículos y fracciones que la sustentan (arts. 16, 60, 64).', { $ref: '#/$defs/lawCitation' }),
          },
          ['description'],
        ),
      ),
      items: arr('Transferencias', 'Cada transferencia: destinatario, finalidad y si requiere consentimiento.', { $ref: '#/$defs/transfer' }),
      confidentiality: md('Confidencialidad', 'Compromisos de confidencialidad y no difusión, tal como están redactados.'),
    },
    [],
    { 'x-law': law(21, 'VII') },
  ),
  refusal: obj(
    'Negativa',
    'Mecanismos para manifestar la negativa a finalidades y transferencias que requieren consentimiento, disponibles antes del tratamiento (art. 21 fr. VIII y último párrafo).',
    {
      text: md('Texto', 'El texto sobre la negativa tal como está redactado.'),
      mechanisms: arr(
        'Mecanismos',
        'Medios para negarse.',
        obj(
          'Mecanismo de negativa',
          'Un medio para negarse a una finalidad secundaria o transferencia.',
          {
            id: ref('slug', 'Identificador', 'Identificador del mecanismo, citado desde finalidades y transferencias.'),
            description: md('Descripción', 'Cómo se manifiesta la negativa.'),
            channels: arr('Medios', 'Medios para manifestarla.', { $ref: '#/$defs/channel' }),
            beforeProcessing: bool('¿Disponible antes del tratamiento?', 'La negativa puede manifestarse antes de que se traten los datos (art. 21 último párrafo).'),
            viaArcoOpposition: bool('¿Solo vía derecho de oposición?', 'La negativa se canaliza por el procedimiento formal de oposición ARCO.'),
            noServiceImpact: bool('¿Sin afectar el servicio?', 'Negarse no afecta el servicio principal.'),
          },
          ['id', 'description'],
        ),
      ),
    },
    [],
    { 'x-law': law(21, 'VIII') },
  ),
  rights: obj(
    'Derechos ARCO y portabilidad',
    'Mecanismos, medios y procedimientos para ejercer los derechos ARCO (art. 21 fr. V; arts. 37 a 51).',
    {
      text: md('Texto', 'Introducción a los derechos, tal como está redactada.'),
      rights: arr(
        'Derechos',
        'Derechos que se informan.',
        { type: 'string', enum: ['access', 'rectification', 'cancellation', 'opposition', 'portability'] },
        { uniqueItems: true },
      ),
      channels: arr('Medios para presentar solicitudes', 'Medios para presentar una solicitud ARCO.', { $ref: '#/$defs/channel' }, {
        'x-law': law(21, 'V'),
      }),
      requirements: arr('Requisitos de la solicitud', 'Lo que debe contener la solicitud (art. 46).', { $ref: '#/$defs/markdown' }),
      identity: md('Acreditación de identidad', 'Cómo se acredita la identidad del titular y, en su caso, del representante (art. 43).'),
      deadlines: obj(
        'Plazos',
        'Plazos de respuesta y de ejecución (art. 45).',
        {
          responseDays: { type: 'integer', minimum: 1, title: 'Días para responder', description: 'Días hábiles para responder (art. 45: 20).' },
          extensionDays: { type: 'integer', minimum: 0, title: 'Ampliación', description: 'Días de ampliación posibles (art. 45: 10).' },
          effectiveDays: { type: 'integer', minimum: 1, title: 'Días para hacerlo efectivo', description: 'Días hábiles para hacer efectivo el derecho (art. 45: 15).' },
          text: md('Texto', 'Los plazos tal como están redactados.'),
        },
      ),
      fees: md('Costos', 'Gratuidad y costos de reproducción, certificación o envío (art. 44).'),
      reviewRemedy: md('Recurso de revisión', 'Cómo y ante quién se interpone el recurso de revisión (arts. 50 y 86).'),
      portability: md('Portabilidad', 'Información sobre el derecho a la portabilidad (art. 51).'),
      procedureUrl: ref('url', 'Procedimiento en línea', 'Página con el procedimiento o los formatos.'),
    },
    [],
    { 'x-law': law(21, 'V') },
  ),
  transparencyUnit: obj(
    'Unidad de Transparencia',
    'La Unidad de Transparencia del responsable; su domicilio es obligatorio (art. 21 fr. VI).',
    {
      name: str('Nombre', 'Nombre de la unidad, si difiere de «Unidad de Transparencia».'),
      address: ref('address', 'Domicilio de la Unidad de Transparencia', 'Domicilio de la Unidad de Transparencia (art. 21 fr. VI).', {
        'x-law': law(21, 'VI'),
      }),
      email: ref('email', 'Correo electrónico', 'Correo de la unidad.'),
      phones: arr('Teléfonos', 'Teléfonos de la unidad.', { $ref: '#/$defs/phone' }),
      hours: str('Horario', 'Días y horario de atención.'),
      web: arr(
        'Medios electrónicos',
        'Portales, p. ej. la Plataforma Nacional de Transparencia.',
        obj('Portal', 'Un portal web.', { name: str('Nombre', 'Nombre del portal.'), url: ref('url', 'URL', 'Dirección del portal.') }, ['name', 'url']),
      ),
      officer: obj(
        'Oficial de protección de datos',
        'Oficial de protección de datos personales, si se designó (art. 79).',
        { name: str('Nombre', 'Nombre o cargo.'), email: ref('email', 'Correo', 'Correo del oficial.') },
        ['name'],
      ),
    },
    ['address'],
    { 'x-law': law(21, 'VI') },
  ),
  changes: obj(
    'Cambios al aviso',
    'Medios por los que se comunicarán los cambios al aviso (art. 21 fr. IX).',
    {
      text: md('Texto', 'Cómo se comunican los cambios, tal como está redactado.'),
      channels: arr('Medios', 'Medios concretos: URL, estrados, correo.', { $ref: '#/$defs/channel' }),
    },
    ['text'],
    { 'x-law': law(21, 'IX') },
  ),
  publication: obj(
    'Publicación',
    'Dónde se consultan los avisos integral y simplificado (art. 22).',
    {
      integralUrl: ref('url', 'URL del aviso integral', 'Dirección estable, en el dominio del responsable, donde se consulta el aviso integral.'),
      physicalLocation: str('Lugar físico', 'Lugar donde puede consultarse el aviso integral en papel.'),
    },
  ),
  cookies: obj(
    'Cookies y tecnologías de rastreo',
    'Cookies, analítica web e identificadores del dispositivo.',
    {
      used: bool('¿Se usan?', 'El sitio o la aplicación usa cookies o tecnologías similares.'),
      text: md('Texto', 'Descripción tal como está redactada.'),
      items: arr(
        'Cookies',
        'Cada cookie o tecnología.',
        obj(
          'Cookie',
          'Una cookie o tecnología de rastreo.',
          {
            name: str('Nombre', 'Nombre técnico.'),
            provider: str('Proveedor', 'Quién la coloca (propia o de un tercero).'),
            purpose: str('Finalidad', 'Para qué se usa.'),
            duration: str('Duración', 'Cuánto dura.'),
            essential: bool('¿Esencial?', 'Necesaria para el servicio; si no, requiere consentimiento.'),
          },
          ['name', 'purpose'],
        ),
      ),
      optOut: md('Cómo deshabilitarlas', 'Cómo rechazarlas o deshabilitarlas.'),
    },
    ['used'],
  ),
  sections: arr(
    'Secciones adicionales',
    'Otras secciones del aviso (medidas de seguridad, glosario…).',
    obj('Sección', 'Una sección adicional.', { title: str('Título', 'Título de la sección.'), body: md('Contenido', 'Contenido de la sección.') }, [
      'title',
      'body',
    ]),
  ),
  suppressions: arr(
    'Excepciones a reglas',
    'Silencia una regla en un lugar, con una justificación escrita obligatoria.',
    obj(
      'Excepción',
      'Una regla silenciada en un lugar.',
      {
        rule: str('Regla', 'Identificador de la regla, p. ej. `vague-language`.'),
        at: str('Lugar', 'Puntero JSON del lugar, p. ej. `/activities/0/purposes/1`.', { pattern: '^(/[^/]*)*$' }),
        reason: str('Justificación', 'Por qué se acepta este hallazgo (mínimo 10 caracteres).', { minLength: 10 }),
        until: ref('dateOrMonth', 'Vigencia', 'Fecha a partir de la cual la excepción deja de valer.'),
      },
      ['rule', 'reason'],
    ),
  ),
};

export const noticeSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://notice.dev/schemas/notice/v1/notice.schema.json',
  title: 'Aviso de privacidad',
  description:
    'Aviso de privacidad de un sujeto obligado del sector público (LGPDPPSO). Con él, `notice` genera el aviso integral (art. 21) y el simplificado (art. 22) en HTML, PDF y texto.',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'updated', 'controller', 'activities', 'legalBasis', 'transfers', 'rights', 'transparencyUnit', 'changes'],
  properties,
  $defs,
};
