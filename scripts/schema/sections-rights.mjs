// Top-level sections of a notice, second part: transfers, processors, refusal, ARCO rights and
// the Unidad de Transparencia.
import { arr, bool, law, md, obj, oneOfValues, ref, str } from './helpers.mjs';

export const rightsSections = {
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
  processors: arr(
    'Encargados',
    'Encargados que tratan datos por cuenta del responsable (remisiones, art. 65): proveedores de nube, mensajería, centros de atención.',
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
            description: md('Descripción', 'Cómo se manifiesta la negativa.'),
            channels: arr('Medios', 'Medios por los que se manifiesta la negativa.', { $ref: '#/$defs/channel' }),
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
      deadlines: obj('Plazos', 'Plazos de respuesta y de ejecución (art. 45).', {
        responseDays: { type: 'integer', minimum: 1, title: 'Días para responder', description: 'Días hábiles para responder (art. 45: 20).' },
        extensionDays: { type: 'integer', minimum: 0, title: 'Ampliación', description: 'Días de ampliación posibles (art. 45: 10).' },
        effectiveDays: { type: 'integer', minimum: 1, title: 'Días para hacerlo efectivo', description: 'Días hábiles para hacer efectivo el derecho (art. 45: 15).' },
        text: md('Texto', 'Los plazos tal como están redactados.'),
      }),
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
};
