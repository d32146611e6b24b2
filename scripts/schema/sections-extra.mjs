// Top-level sections of a notice, last part: changes, publication, cookies, extra sections and
// rule suppressions.
import { UNSTATED, arr, bool, law, md, obj, oneOfValues, ref, str } from './helpers.mjs';

export const extraSections = {
  changes: obj(
    'Cambios al aviso',
    'Medios por los que se comunicarán los cambios al aviso (art. 21 fr. IX).',
    {
      text: md('Texto', 'Cómo se comunican los cambios, tal como está redactado.'),
      channels: arr('Medios', 'Medios concretos por los que se avisa de los cambios: URL, estrados, correo.', { $ref: '#/$defs/channel' }),
    },
    [],
    { 'x-law': law(21, 'IX'), anyOf: [{ required: ['text'] }, { required: ['channels'] }] },
  ),
  publication: obj('Publicación', 'Dónde se consultan los avisos integral y simplificado (art. 22) y cómo se ponen a disposición al recabar los datos (arts. 3 fr. III y 20).', {
    integralUrl: ref('url', 'URL del aviso integral', 'Dirección estable, en el dominio del responsable, donde se consulta el aviso integral como página web.'),
    integralDocument: obj(
      'Aviso integral como documento',
      'El aviso integral publicado como archivo descargable (PDF, Word…), tal como lo enlaza el aviso.',
      {
        url: ref('url', 'Dirección del archivo', 'URL del archivo, p. ej. `https://www.ejemplo.gob.mx/avisos/integral.pdf`.'),
        format: oneOfValues('Formato', 'Formato del archivo:', { pdf: 'PDF', docx: 'Word (.docx)', doc: 'Word (.doc)', odt: 'OpenDocument', other: 'otro' }),
        label: str('Nombre del enlace', 'Cómo lo nombra el aviso, p. ej. «Aviso de privacidad integral (PDF)».'),
      },
      ['url'],
    ),
    physicalLocation: str('Lugar físico', 'Lugar donde puede consultarse el aviso integral en papel, tal como lo dice el aviso.'),
    integralNotice: ref('slug', 'Aviso integral de este espacio de trabajo', 'Para `kind: simplified`: el `id` del aviso integral, escrito en otro archivo de este espacio de trabajo, al que corresponde este simplificado.'),
    simplifiedNotice: ref('slug', 'Aviso simplificado de este espacio de trabajo', 'Para `kind: integral`: el `id` del aviso simplificado, escrito en otro archivo de este espacio de trabajo.'),
    simplifiedUrl: ref('url', 'URL del aviso simplificado', 'Para `kind: integral`: dónde se publica el aviso simplificado, si no se genera aquí.'),
    atCollection: obj(
      'Puesta a disposición al recabar los datos',
      'Dónde y cómo se pone el aviso a disposición de la persona en el momento de recabar sus datos (arts. 3 fr. III y 20), tal como lo dice el aviso.',
      {
        text: md('Texto', 'Lo que dice el aviso sobre cuándo y cómo se pone a disposición.'),
        timing: oneOfValues('Momento', `Cuándo, según el aviso.${UNSTATED}`, {
          'before-collection': 'antes de recabar los datos',
          'at-collection': 'al recabar los datos',
        }),
        channels: arr('Medios', 'Dónde se pone a disposición: formulario, ventanilla, sitio web, aplicación…', { $ref: '#/$defs/channel' }),
      },
    ),
  }),
  cookies: obj(
    'Cookies y tecnologías de rastreo',
    'Cookies, web beacons, píxeles, analítica web e identificadores del dispositivo.',
    {
      used: bool('¿Se usan?', `\`true\` si el aviso dice que el sitio o la aplicación usa cookies o tecnologías similares; \`false\` si dice que no.${UNSTATED}`),
      text: md('Texto', 'Descripción tal como está redactada.'),
      items: arr(
        'Tecnologías',
        'Cada cookie, web beacon u otra tecnología que el aviso describe.',
        obj(
          'Cookie o tecnología de rastreo',
          'Una cookie, web beacon u otra tecnología de rastreo, con lo que el aviso dice de ella.',
          {
            kind: oneOfValues('Tecnología', 'Qué es:', {
              cookie: 'cookie',
              'web-beacon': 'web beacon o píxel',
              'local-storage': 'almacenamiento local del navegador',
              sdk: 'componente de terceros en una aplicación',
              other: 'otra',
            }),
            name: str('Nombre', `Nombre técnico.${UNSTATED}`),
            provider: str('Proveedor', 'Quién la coloca (propia o de un tercero), tal como lo dice el aviso.'),
            category: oneOfValues('Tipo', 'Para qué sirve, según el aviso:', {
              essential: 'necesaria para el servicio',
              preferences: 'preferencias',
              analytics: 'analítica o estadística',
              advertising: 'publicidad',
              other: 'otra',
            }),
            collects: arr('Datos que obtiene', 'Datos que obtiene, tal como el aviso los enumera (dirección IP, navegador, páginas visitadas…).', str('Dato', 'Un dato que obtiene.')),
            purpose: str('Finalidad', 'Para qué se usa.'),
            duration: str('Duración', 'Cuánto dura.'),
            essential: bool('¿Esencial?', `\`true\` si el aviso dice que es necesaria para el servicio; \`false\` si dice que no lo es.${UNSTATED}`),
          },
          [],
          { anyOf: [{ required: ['name'] }, { required: ['purpose'] }, { required: ['collects'] }] },
        ),
      ),
      consentMechanism: md('Consentimiento', 'Cómo se pide el consentimiento para las que no son esenciales (banner, configuración).'),
      optOut: md('Cómo deshabilitarlas', 'Cómo rechazarlas o deshabilitarlas.'),
    },
  ),
  sections: arr(
    'Secciones adicionales',
    'Otras secciones del aviso (medidas de seguridad, glosario…).',
    obj('Sección', 'Una sección adicional.', { title: str('Título', 'Título de la sección.'), body: md('Contenido', 'Contenido de la sección.') }, ['title', 'body']),
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
