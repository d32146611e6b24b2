// Top-level sections of a notice, first half: identity, controller, data subjects, collection,
// processing activities and legal basis.
import { UNSTATED, arr, bool, law, md, obj, oneOfValues, ref, str } from './helpers.mjs';

export const coreSections = {
  id: ref('slug', 'Identificador del aviso', 'Identificador estable; da nombre a la carpeta publicada, p. ej. `imss-digital`.'),
  title: str('Título', 'Título completo del aviso, p. ej. «Aviso de Privacidad Integral de la Aplicación IMSS Digital».'),
  subtitle: str('Subtítulo', 'Segunda línea del título, si la hay.'),
  kind: oneOfValues(
    'Tipo de aviso',
    'Qué es el documento de origen. Si se omite, `pair`.',
    {
      pair: 'un aviso integral del que `notice` publica también el simplificado, con los mismos hechos',
      integral: 'solo el aviso integral; el simplificado se publica aparte: `publication.simplifiedUrl` o `publication.simplifiedNotice`',
      simplified: 'solo el aviso simplificado (art. 22); `publication` dice dónde está el integral: una URL, un documento, un lugar físico u otro aviso de este espacio de trabajo',
    },
  ),
  law: {
    type: 'string',
    enum: ['LGPDPPSO-2025', 'LGPDPPSO-2017'],
    title: 'Ley aplicable',
    description:
      'Versión de la ley con la que se redacta el aviso: `LGPDPPSO-2025` (DOF 20-03-2025, vigente desde el 21-03-2025) o `LGPDPPSO-2017` (abrogada). Si se omite, se deduce de la fecha de actualización.',
  },
  language: { type: 'string', enum: ['es-MX'], title: 'Idioma', description: 'Idioma del aviso. Por ahora, `es-MX`.' },
  updated: ref('dateOrMonth', 'Fecha de actualización', `Fecha (\`AAAA-MM-DD\`) o mes (\`AAAA-MM\`) de la última actualización, tal como la da el aviso.${UNSTATED}`),
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
      jurisdiction: obj(
        'Ámbito',
        'Orden de gobierno del responsable y, si es estatal o municipal, la ley local de protección de datos que el aviso cita junto a la Ley General.',
        {
          order: oneOfValues('Orden de gobierno', `Orden de gobierno al que pertenece el responsable.${UNSTATED}`, {
            federal: 'federal',
            state: 'estatal',
            municipal: 'municipal',
          }),
          state: str('Entidad federativa', 'Entidad federativa, p. ej. «Jalisco».'),
          municipality: str('Municipio', 'Municipio o alcaldía, para responsables municipales.'),
          autonomous: bool('¿Autónomo?', `\`true\` si el aviso presenta al responsable como organismo autónomo (constitucional, o universidad autónoma por ley).${UNSTATED}`),
          dataProtectionLaw: obj(
            'Ley local de protección de datos',
            'La ley estatal de protección de datos personales en posesión de sujetos obligados que el aviso cita; las citas con `law: state-law` se refieren a ella.',
            {
              name: str('Nombre', 'Nombre completo, p. ej. «Ley de Protección de Datos Personales en Posesión de Sujetos Obligados del Estado de Jalisco y sus Municipios».'),
              shortName: str('Siglas', 'Siglas con que el aviso la cita, si las usa.'),
              url: ref('url', 'Dirección web', 'Publicación oficial de la ley, si el aviso la enlaza.'),
            },
            ['name'],
          ),
        },
      ),
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
      includesMinors: bool('¿Incluye menores?', `\`true\` si el aviso dice que trata datos de niñas, niños o adolescentes; \`false\` si dice que no.${UNSTATED}`),
      representation: md('Representación', 'Cómo consienten y ejercen derechos los representantes (padres, tutores) (arts. 7, 14 y 43).'),
    },
    [],
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
