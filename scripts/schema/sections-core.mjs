// Top-level sections of a notice, first half: identity, controller, data subjects, collection,
// processing activities and legal basis.
import { arr, bool, law, md, obj, ref, str } from './helpers.mjs';

export const coreSections = {
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
  language: { type: 'string', enum: ['es-MX'], title: 'Idioma', description: 'Idioma del aviso. Por ahora, `es-MX`.' },
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
      name: str('Denominación', 'Nombre oficial del sujeto obligado, p. ej. «Instituto Mexicano del Seguro Social».', { 'x-law': law(21, 'I') }),
      shortName: str('Siglas', 'Siglas o nombre corto, p. ej. `IMSS`.'),
      legalNature: str('Naturaleza jurídica', 'P. ej. «Organismo Público Descentralizado».'),
      unit: str('Área responsable', 'Área que trata los datos, p. ej. «Área de Atención Ciudadana».'),
      address: ref('address', 'Domicilio del responsable', 'Domicilio del responsable (art. 21 fr. I).', { 'x-law': law(21, 'I') }),
      website: ref('url', 'Sitio web', 'Portal institucional del responsable, p. ej. `https://www.imss.gob.mx`.'),
    },
    ['name', 'address'],
    { 'x-law': law(21, 'I') },
  ),
  dataSubjects: obj(
    'Titulares',
    'A quién se dirige el aviso: población, derechohabientes, menores y sus representantes.',
    {
      description: md('Descripción', 'Quiénes son los titulares, tal como se redacta.'),
      groups: arr('Grupos de titulares', 'Cada grupo de personas cuyos datos se tratan, p. ej. «derechohabientes», «personas servidoras públicas».', str('Grupo', 'Un grupo de titulares.')),
      includesMinors: bool('¿Incluye menores?', 'Se tratan datos de niñas, niños o adolescentes.'),
      representation: md('Representación', 'Cómo consienten y ejercen derechos los representantes (padres, tutores) (arts. 7, 14 y 43).'),
    },
    ['description'],
  ),
  collection: obj(
    'Obtención de los datos',
    'Medios por los que se recaban los datos y cómo se resguardan.',
    {
      channels: arr('Medios', 'Correo, teléfono, WhatsApp, Messenger, presencial, aplicación, formulario web…', { $ref: '#/$defs/channel' }),
      text: md('Descripción', 'Texto sobre la obtención, tal como está redactado.'),
      storage: md('Resguardo', 'Dónde y cómo se resguardan los datos (formatos, bases de datos).'),
    },
  ),
  activitiesIntro: md('Introducción a los tratamientos', 'Texto que presenta los tratamientos o servicios, tal como está redactado.'),
  activities: arr(
    'Tratamientos',
    'Uno o más tratamientos (servicios, trámites), cada uno con sus datos y finalidades (art. 21 fr. II y IV).',
    { $ref: '#/$defs/activity' },
    { minItems: 1, 'x-law': law(21, 'II') },
  ),
  legalBasis: ref('legalBasis', 'Fundamento legal', 'Fundamento que faculta al responsable para el tratamiento (art. 21 fr. III).', {
    'x-law': law(21, 'III'),
  }),
};
