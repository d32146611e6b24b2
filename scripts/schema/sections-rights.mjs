// Top-level sections of a notice, second part: transfers, processors, refusal, ARCO rights and
// the Unidad de Transparencia.
import { UNSTATED, arr, bool, law, md, obj, oneOfValues, ref, str } from './helpers.mjs';

export const rightsSections = {
  transfers: obj(
    'Transferencias',
    'Transferencias de datos y, en su caso, la declaración de que no se realizan salvo excepciones (art. 21 fr. VII).',
    {
      none: bool('¿Sin transferencias?', `\`true\` si el aviso declara que no se realizan transferencias (salvo las excepciones que enumere).${UNSTATED}`),
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
    { 'x-law': law(21, 'VII'), anyOf: [{ required: ['none'] }, { required: ['statement'] }, { required: ['items'] }, { required: ['exceptions'] }] },
  ),
  processors: arr(
    'Encargados y proveedores',
    'Encargados, subcontratados y proveedores de servicios que tratan datos por cuenta del responsable (remisiones, art. 65): nube, mensajería, centros de atención.',
    { $ref: '#/$defs/processor' },
  ),
  refusal: obj(
    'Negativa',
    'Mecanismos para manifestar la negativa a finalidades y transferencias que requieren consentimiento, disponibles antes del tratamiento (art. 21 fr. VIII y último párrafo).',
    {
      text: md('Texto', 'El texto sobre la negativa tal como está redactado.'),
      mechanisms: arr(
        'Mecanismos',
        'Los medios con los que la persona puede negarse a finalidades o transferencias.',
        obj(
          'Mecanismo de negativa',
          'Un medio para negarse a una finalidad secundaria o transferencia.',
          {
            id: ref('slug', 'Identificador', 'Identificador del mecanismo, citado desde finalidades y transferencias.'),
            description: md('Descripción', 'Cómo se manifiesta la negativa, tal como lo dice el aviso.'),
            channels: arr('Medios', 'Medios por los que se manifiesta la negativa.', { $ref: '#/$defs/channel' }),
            beforeProcessing: bool('¿Disponible antes del tratamiento?', `\`true\` si el aviso dice que la negativa puede manifestarse antes de que se traten los datos (art. 21 último párrafo); \`false\` si dice que no.${UNSTATED}`),
            viaArcoOpposition: bool('¿Solo vía derecho de oposición?', `\`true\` si el aviso canaliza la negativa por el procedimiento de oposición ARCO.${UNSTATED}`),
            noServiceImpact: bool('¿Sin afectar el servicio?', `\`true\` si el aviso dice que negarse no afecta el servicio principal.${UNSTATED}`),
          },
          ['id'],
          { anyOf: [{ required: ['description'] }, { required: ['channels'] }] },
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
        oneOfValues('Derecho', 'Un derecho:', {
          access: 'acceso',
          rectification: 'rectificación',
          cancellation: 'cancelación',
          opposition: 'oposición',
          portability: 'portabilidad',
        }),
        { uniqueItems: true },
      ),
      channels: arr('Medios para presentar solicitudes', 'Medios para presentar una solicitud ARCO.', { $ref: '#/$defs/channel' }, { 'x-law': law(21, 'V') }),
      requirements: arr('Requisitos de la solicitud', 'Lo que debe contener la solicitud (art. 46).', md('Requisito', 'Un requisito de la solicitud.')),
      identity: md('Acreditación de identidad', 'Cómo se acredita la identidad del titular y, en su caso, del representante (art. 43).'),
      deadlines: obj('Plazos', 'Plazos de respuesta y de ejecución tal como los da el aviso (art. 45): el texto y, si lo dice, los números.', {
        text: md('Texto', 'Los plazos tal como están redactados.'),
        responseDays: { type: 'integer', minimum: 1, title: 'Días para responder', description: `Días hábiles para responder, según el aviso (la ley: 20).${UNSTATED}` },
        extensionDays: { type: 'integer', minimum: 0, title: 'Ampliación', description: `Días hábiles de ampliación, según el aviso (la ley: 10).${UNSTATED}` },
        effectiveDays: { type: 'integer', minimum: 1, title: 'Días para hacerlo efectivo', description: `Días hábiles para hacer efectivo el derecho, según el aviso (la ley: 15).${UNSTATED}` },
      }),
      costs: obj('Costos', 'Lo que el aviso dice sobre la gratuidad y los costos (art. 44): el texto y, si lo dice, los hechos.', {
        text: md('Texto', 'Los costos tal como están redactados.'),
        free: bool('¿Gratuito?', `\`true\` si el aviso dice que el ejercicio de los derechos es gratuito; \`false\` si dice que tiene costo.${UNSTATED}`),
        charges: arr(
          'Cobros que menciona',
          'Los únicos cobros que el aviso menciona.',
          oneOfValues('Cobro', 'Un cobro:', { reproduction: 'reproducción', certification: 'certificación', shipping: 'envío', other: 'otro' }),
          { uniqueItems: true },
        ),
        freePages: { type: 'integer', minimum: 0, title: 'Hojas sin costo', description: `Hojas que, según el aviso, se entregan sin costo (la ley: 20).${UNSTATED}` },
      }),
      fees: {
        ...md('Costos (texto)', 'Forma anterior de `costs.text`; se acepta igual. Escriba `costs: { text: … }`.'),
        deprecated: true,
      },
      reviewRemedy: md('Recurso de revisión', 'Cómo y ante quién se interpone el recurso de revisión (arts. 50 y 86).'),
      reviewAuthority: str('Autoridad ante la que se recurre', 'La autoridad garante u organismo que el aviso nombra para el recurso de revisión, tal como lo nombra.'),
      portability: md('Portabilidad', 'Información sobre el derecho a la portabilidad (art. 51), tal como está redactada.'),
      portabilityAvailable: bool('¿Procede la portabilidad?', `\`true\` si el aviso dice que la portabilidad procede; \`false\` si dice que no procede (p. ej. porque los datos no se tratan en un formato estructurado).${UNSTATED}`),
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
};
