import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'portability-info-missing',
  title: { es: 'Sin información sobre portabilidad', en: 'No information on data portability' },
  citation: { law: 'LGPDPPSO-2025', article: 51 },
  confidence: 'VERIFIED',
  quote: 'Artículo 51. Cuando se traten datos personales por vía electrónica en un formato estructurado y comúnmente utilizado, la persona titular tendrá derecho a obtener del responsable una copia de los datos objeto de tratamiento en un formato electrónico estructurado y comúnmente utilizado que le permita seguir utilizándolos.',
  defaultSeverity: 'info',
  messages: {
    missing: {
      es: 'El aviso no informa sobre el derecho a la portabilidad de los datos que se tratan por vía electrónica en un formato estructurado.',
      en: 'The notice says nothing about the right to portability of data processed electronically in a structured format.',
    },
  },
  docs: {
    checks: { es: 'Que la sección de derechos mencione la portabilidad (`rights.rights` incluye `portability`, o `rights.portability`).', en: 'That the rights section mentions portability (`rights.rights` includes `portability`, or `rights.portability`).' },
    why: {
      es: 'El art. 51 reconoce el derecho a obtener una copia de los datos tratados por vía electrónica en un formato estructurado y comúnmente utilizado. El art. 21 no lo lista, por eso es una nota.',
      en: 'Art. 51 grants the right to a copy of data processed electronically in a structured, commonly used format. Art. 21 does not list it, hence an info note.',
    },
    fix: { es: 'Agregue `portability` a `rights.rights` y explique el procedimiento en `rights.portability`.', en: 'Add `portability` to `rights.rights` and explain it in `rights.portability`.' },
  },
  check(ctx) {
    const r = ctx.notice.rights;
    if (!r || typeof r !== 'object') return;
    if ((r.rights ?? []).includes('portability') || r.portability || r.portabilityAvailable !== undefined) return;
    ctx.report({ messageId: 'missing', pointer: '/rights' });
  },
});
