import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'arco-channel-missing',
  title: { es: 'Sin medios para ejercer los derechos ARCO', en: 'No channel to exercise ARCO rights' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'V' },
  confidence: 'VERIFIED',
  quote: 'V. Los mecanismos, medios y procedimientos disponibles para ejercer los derechos ARCO;',
  defaultSeverity: 'error',
  messages: {
    none: {
      es: 'El aviso no dice por qué medios se presenta una solicitud ARCO (presencial, escrito, correo, Plataforma Nacional de Transparencia…).',
      en: 'The notice does not say through which channels an ARCO request is filed (in person, in writing, e-mail, National Transparency Platform…).',
    },
  },
  docs: {
    checks: {
      es: 'Que `rights.channels` tenga al menos un medio, o que haya un `rights.procedureUrl`.',
      en: 'That `rights.channels` has at least one channel, or that there is a `rights.procedureUrl`.',
    },
    why: {
      es: 'El art. 21 fr. V exige informar «los mecanismos, medios y procedimientos disponibles para ejercer los derechos ARCO». Las solicitudes se presentan ante la Unidad de Transparencia por escrito libre, formatos, medios electrónicos u otro medio que se establezca (art. 46).',
      en: 'Art. 21 fr. V requires stating "the mechanisms, means and procedures available to exercise ARCO rights". Requests are filed before the Transparency Unit in writing, on forms, electronically or by other established means (art. 46).',
    },
    fix: {
      es: 'Agregue en `rights.channels` cada medio: `in-person` o `written` con domicilio, `email`, `pnt` con su URL, `phone`.',
      en: 'List each channel under `rights.channels`: `in-person` or `written` with an address, `email`, `pnt` with its URL, `phone`.',
    },
  },
  check(ctx) {
    const r = ctx.notice.rights;
    if (!r || typeof r !== 'object') return;
    if ((Array.isArray(r.channels) && r.channels.length > 0) || r.procedureUrl) return;
    ctx.report({ messageId: 'none', pointer: '/rights' });
  },
});
