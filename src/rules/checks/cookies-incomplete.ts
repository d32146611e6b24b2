import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'cookies-incomplete',
  title: { es: 'Cookies sin detalle o sin forma de rechazarlas', en: 'Cookies without detail or opt-out' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'II' },
  confidence: 'UNVERIFIED',
  defaultSeverity: 'warning',
  messages: {
    noDetail: {
      es: 'El aviso dice que usa cookies o tecnologías de rastreo, pero no enumera cuáles ni para qué.',
      en: 'The notice says it uses cookies or tracking technologies but does not list which or what for.',
    },
    noOptOut: {
      es: 'La cookie «{name}» no es esencial, pero el aviso no dice cómo rechazarla o deshabilitarla.',
      en: 'The cookie "{name}" is not essential, but the notice does not say how to refuse or disable it.',
    },
  },
  docs: {
    checks: {
      es: 'Que, si `cookies.used: true`, el aviso enumere las cookies (`cookies.items`) con su finalidad, y que, si alguna no es esencial, explique cómo rechazarla (`cookies.optOut`).',
      en: 'That, when `cookies.used: true`, the notice lists the cookies (`cookies.items`) with their purpose and, if any is not essential, explains how to refuse it (`cookies.optOut`).',
    },
    why: {
      es: 'Ni la LGPDPPSO ni la LFPDPPP de 2025 regulan las cookies; pero los identificadores y la analítica son datos personales que se recaban (art. 21 fr. II) con una finalidad (fr. IV), y las que no son necesarias para el servicio requieren consentimiento y un medio para negarse (fr. VIII). Citación interpretativa: advertencia como máximo.',
      en: 'Neither 2025 law regulates cookies; but identifiers and analytics are personal data collected (art. 21 fr. II) for a purpose (fr. IV), and those not needed for the service need consent and a means to refuse (fr. VIII). Interpretive citation: warning at most.',
    },
    fix: { es: 'Enumere cada cookie en `cookies.items` (nombre, proveedor, finalidad, duración, `essential`) y explique en `cookies.optOut` cómo rechazarlas.', en: 'List each cookie under `cookies.items` (name, provider, purpose, duration, `essential`) and explain in `cookies.optOut` how to refuse them.' },
  },
  check(ctx) {
    const c = ctx.notice.cookies;
    if (!c || c.used !== true) return;
    const items = c.items ?? [];
    if (!items.length) {
      ctx.report({ messageId: 'noDetail', pointer: '/cookies/used', target: 'value' });
      return;
    }
    if (c.optOut || c.consentMechanism) return;
    items.forEach((it, i) => {
      // Not essential by the notice's own words or category; an item whose nature is not stated is not judged.
      const notEssential = it && (it.essential === false || (it.essential !== true && it.category !== undefined && it.category !== 'essential'));
      if (notEssential) ctx.report({ messageId: 'noOptOut', data: { name: it.name || it.purpose || it.kind || `#${i + 1}` }, pointer: `/cookies/items/${i}` });
    });
  },
});
