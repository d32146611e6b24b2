// What is processed and why: data items, purposes, processing activities, transfers and processors
// (encargados).
import { arr, bool, law, md, obj, oneOfValues, ref, str } from './helpers.mjs';

const dataCategories = {
  identification: 'identificación',
  contact: 'contacto',
  location: 'ubicación o geolocalización',
  employment: 'laborales',
  academic: 'académicos',
  financial: 'patrimoniales o financieros',
  health: 'salud',
  biometric: 'biométricos',
  genetic: 'genéticos',
  'ethnic-origin': 'origen racial o étnico',
  beliefs: 'creencias religiosas, filosóficas o morales',
  political: 'opiniones políticas',
  'sexual-life': 'vida y preferencia sexual',
  'image-voice': 'fotografía, imagen o voz',
  'online-identifiers': 'cookies, dirección IP, identificadores del dispositivo',
  legal: 'procesos jurídicos',
  family: 'familiares',
  'free-text': 'relatoría libre',
  attachments: 'documentos adjuntos',
  other: 'otros',
};

export const processingDefs = {
  dataItem: obj(
    'Dato personal',
    'Un dato personal o categoría de datos que se recaba.',
    {
      id: ref('slug', 'Identificador', 'Identificador opcional para referirse al dato desde una finalidad.'),
      name: str('Dato', 'Nombre del dato tal como se informa, p. ej. `Clave Única de Registro de Población`.'),
      category: oneOfValues('Categoría', 'Clasificación del dato:', dataCategories),
      group: str('Grupo', 'Encabezado bajo el que el aviso agrupa el dato, tal como está redactado, p. ej. «Datos de identificación».'),
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
          '`primary`: necesaria para el servicio, no requiere consentimiento (art. 16). `secondary`: adicional, requiere consentimiento y un medio para negarse (art. 21 fr. IV y VIII). Se transcribe como el aviso la presenta.',
        'x-law': law(21, 'IV'),
      },
      items: arr('Detalle', 'Subfinalidades o incisos de la finalidad.', str('Subfinalidad', 'Un inciso de la finalidad, tal como está redactado.')),
      deidentified: bool('¿Datos disociados?', 'La finalidad usa solo datos disociados o agregados (art. 16 fr. IX), p. ej. estadística no nominal.'),
      consentException: arr(
        'Excepción al consentimiento',
        'Fracción del art. 16 en que se apoya una finalidad que no requiere consentimiento.',
        { $ref: '#/$defs/lawCitation' },
      ),
      consentMechanism: md('Cómo se obtiene el consentimiento', 'Para finalidades que lo requieren: cómo se recaba (casilla no marcada, firma, autenticación).'),
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
      channels: arr('Medios de obtención', 'Medios por los que se recaban los datos de este tratamiento.', { $ref: '#/$defs/channel' }),
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
      legalBasis: ref('legalBasis', 'Fundamento propio', 'Fundamento legal específico de este tratamiento, si difiere del general del aviso.'),
      retention: md('Conservación', 'Plazo de conservación de los datos y qué pasa después (baja documental, supresión).'),
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
      data: arr('Datos transferidos', 'Qué datos se transfieren.', str('Dato', 'Un dato o categoría transferida.')),
      consentRequired: bool('¿Requiere consentimiento?', 'La transferencia requiere consentimiento (no está en los arts. 16, 60 ni 64).'),
      exceptions: arr('Excepción invocada', 'Fracciones de los arts. 16 o 64 que hacen innecesario el consentimiento.', {
        $ref: '#/$defs/lawCitation',
      }),
      legalBasis: arr('Fundamento de la transferencia', 'Ley, convenio o tratado que prevé la transferencia (art. 64 fr. I).', {
        $ref: '#/$defs/legalInstrument',
      }),
      instrument: str('Instrumento de formalización', 'Convenio, contrato u otro instrumento (art. 60).'),
      refusal: arr('Medios para negarse', 'Mecanismos de negativa que aplican a esta transferencia.', { $ref: '#/$defs/slug' }),
    },
    ['recipient', 'recipientKind', 'purpose', 'consentRequired'],
  ),
  processor: obj(
    'Encargado',
    'Persona física o jurídica ajena al responsable que trata datos a su nombre y por su cuenta (art. 3 fr. XXII); comunicarle datos es una remisión, no una transferencia (art. 65).',
    {
      name: str('Nombre', 'Nombre del encargado o del servicio, p. ej. «Proveedor de servicios de nube».'),
      service: md('Servicio', 'Qué hace con los datos por cuenta del responsable.'),
      country: str('País', 'País donde trata los datos (ISO 3166-1 alfa-2, p. ej. `MX`, `US`).', { pattern: '^[A-Z]{2}$' }),
      instrument: str('Instrumento', 'Contrato o instrumento jurídico que formaliza la relación (art. 53).'),
    },
    ['name'],
  ),
};
