// Top-level sections of a notice, last part: changes, publication, cookies, extra sections and
// rule suppressions.
import { arr, bool, law, md, obj, oneOfValues, ref, str } from './helpers.mjs';

export const extraSections = {
  changes: obj(
    'Cambios al aviso',
    'Medios por los que se comunicarán los cambios al aviso (art. 21 fr. IX).',
    {
      text: md('Texto', 'Cómo se comunican los cambios, tal como está redactado.'),
      channels: arr('Medios', 'Medios concretos por los que se avisa de los cambios: URL, estrados, correo.', { $ref: '#/$defs/channel' }),
    },
    ['text'],
    { 'x-law': law(21, 'IX') },
  ),
  publication: obj('Publicación', 'Dónde se consultan los avisos integral y simplificado (art. 22).', {
    integralUrl: ref('url', 'URL del aviso integral', 'Dirección estable, en el dominio del responsable, donde se consulta el aviso integral.'),
    physicalLocation: str('Lugar físico', 'Lugar donde puede consultarse el aviso integral en papel.'),
  }),
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
            category: oneOfValues('Tipo', 'Para qué sirve:', {
              essential: 'necesaria para el servicio',
              preferences: 'preferencias',
              analytics: 'analítica o estadística',
              advertising: 'publicidad',
              other: 'otra',
            }),
            purpose: str('Finalidad', 'Para qué se usa.'),
            duration: str('Duración', 'Cuánto dura.'),
            essential: bool('¿Esencial?', 'Necesaria para el servicio; si no, requiere consentimiento.'),
          },
          ['name', 'purpose'],
        ),
      ),
      consentMechanism: md('Consentimiento', 'Cómo se pide el consentimiento para las que no son esenciales (banner, configuración).'),
      optOut: md('Cómo deshabilitarlas', 'Cómo rechazarlas o deshabilitarlas.'),
    },
    ['used'],
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
