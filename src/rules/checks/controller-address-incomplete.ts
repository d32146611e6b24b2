import { defineRule } from '../define-rule.js';
import { missingAddressParts, partLabels } from '../shared/address.js';

export default defineRule({
  id: 'controller-address-incomplete',
  title: { es: 'Domicilio del responsable incompleto', en: 'Incomplete controller address' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'I' },
  confidence: 'VERIFIED',
  quote: 'I. La denominación y el domicilio del responsable;',
  defaultSeverity: 'warning',
  messages: {
    incomplete: {
      es: 'Al domicilio del responsable le falta: {parts}.',
      en: 'The controller address lacks: {parts}.',
    },
  },
  docs: {
    checks: {
      es: 'Que el domicilio del responsable tenga calle, número, colonia, alcaldía o municipio, código postal y entidad federativa.',
      en: 'That the controller address has street, number, colonia, municipality, postal code and state.',
    },
    why: {
      es: 'El art. 21 fr. I exige «la denominación y el domicilio del responsable». Un domicilio sin colonia, alcaldía o código postal no permite a la persona titular ubicar al responsable ni dirigirle un escrito.',
      en: 'Art. 21 fr. I requires "the name and address of the controller". An address without colonia, municipality or postal code does not let the data subject locate the controller or write to it.',
    },
    fix: {
      es: 'Complete `controller.address` con `number`, `colonia`, `municipality` y `postalCode`.',
      en: 'Fill in `controller.address` with `number`, `colonia`, `municipality` and `postalCode`.',
    },
  },
  check(ctx) {
    const missing = missingAddressParts(ctx.notice.controller?.address);
    if (missing.length) ctx.report({ messageId: 'incomplete', data: { parts: partLabels(missing, ctx.lang) }, pointer: '/controller/address' });
  },
});
