import { defineRule } from '../define-rule.js';
import { fold } from '../shared/walk.js';

// "Sistema …" (DIF) and "Servicio(s) …" (SAT, Servicios de Salud) are real bodies: not listed.
const NOT_AN_ENTITY = /^(?:la |el )?(?:aplicacion|app|herramienta|programa|plataforma|portal|sitio|pagina|area|departamento|modulo|tramite)\b/;

export default defineRule({
  id: 'controller-name-not-entity',
  title: { es: 'La denominación del responsable no es un sujeto obligado', en: 'The controller name is not a public body' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'I' },
  confidence: 'VERIFIED',
  quote: 'I. La denominación y el domicilio del responsable;',
  defaultSeverity: 'warning',
  messages: {
    notEntity: {
      es: '«{name}» parece el nombre de una aplicación, programa o área, no la denominación del sujeto obligado.',
      en: '"{name}" looks like the name of an app, programme or area, not the public body\'s legal name.',
    },
  },
  docs: {
    checks: {
      es: 'Que `controller.name` sea la denominación oficial del sujeto obligado y no el nombre de una aplicación, un programa o un área.',
      en: 'That `controller.name` is the official name of the public body, not that of an app, programme or area.',
    },
    why: {
      es: 'El responsable es el sujeto obligado que decide sobre el tratamiento (art. 3); el art. 21 fr. I pide su denominación. Una aplicación o un área no son responsables.',
      en: 'The controller is the public body deciding on the processing (art. 3); art. 21 fr. I asks for its name. An app or an area is not a controller.',
    },
    fix: {
      es: 'Escriba en `controller.name` el nombre oficial (p. ej. «Instituto Mexicano del Seguro Social») y ponga el área en `controller.unit`.',
      en: 'Put the official name in `controller.name` (e.g. "Instituto Mexicano del Seguro Social") and the area in `controller.unit`.',
    },
  },
  check(ctx) {
    const name = ctx.notice.controller?.name;
    if (typeof name === 'string' && NOT_AN_ENTITY.test(fold(name.trim()))) {
      ctx.report({ messageId: 'notEntity', data: { name }, pointer: '/controller/name', target: 'value' });
    }
  },
});
