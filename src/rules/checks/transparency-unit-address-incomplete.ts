import { defineRule } from '../define-rule.js';
import { missingAddressParts, partLabels } from '../shared/address.js';

export default defineRule({
  id: 'transparency-unit-address-incomplete',
  title: { es: 'Domicilio de la Unidad de Transparencia incompleto', en: 'Incomplete Transparency Unit address' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'VI' },
  confidence: 'VERIFIED',
  quote: 'VI. El domicilio de la Unidad de Transparencia;',
  defaultSeverity: 'warning',
  messages: {
    incomplete: {
      es: 'Al domicilio de la Unidad de Transparencia le falta: {parts}.',
      en: 'The Transparency Unit address lacks: {parts}.',
    },
  },
  docs: {
    checks: {
      es: 'Que el domicilio de la Unidad de Transparencia tenga calle, número, colonia, alcaldía o municipio, código postal y entidad federativa.',
      en: 'That the Transparency Unit address has street, number, colonia, municipality, postal code and state.',
    },
    why: {
      es: 'El art. 21 fr. VI exige el domicilio de la Unidad de Transparencia: ahí se presentan las solicitudes ARCO por escrito (art. 46). Un correo o un portal no lo sustituyen.',
      en: 'Art. 21 fr. VI requires the Transparency Unit address: written ARCO requests are filed there (art. 46). An e-mail or a portal does not replace it.',
    },
    fix: {
      es: 'Complete `transparencyUnit.address` con `number`, `colonia`, `municipality` y `postalCode`.',
      en: 'Fill in `transparencyUnit.address` with `number`, `colonia`, `municipality` and `postalCode`.',
    },
  },
  check(ctx) {
    const missing = missingAddressParts(ctx.notice.transparencyUnit?.address);
    if (missing.length) ctx.report({ messageId: 'incomplete', data: { parts: partLabels(missing, ctx.lang) }, pointer: '/transparencyUnit/address' });
  },
});
