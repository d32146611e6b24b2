import { defineRule } from '../define-rule.js';
import { linksIn } from '../shared/links.js';

const PLACEHOLDER = /^(?:#.*|javascript:.*|about:blank|https?:\/\/(?:www\.)?(?:example|ejemplo)\.(?:com|org|net)(?:\/.*)?|https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(?:\/.*)?|)$/i;
const PLACEHOLDER_TEXT = /\b(?:url|liga|enlace|link) (?:aqui|pendiente)\b|\[(?:url|enlace|liga)\]|\bxxx+\b|\blorem ipsum\b/i;

export default defineRule({
  id: 'link-placeholder',
  title: { es: 'Enlace de relleno o vacío', en: 'Placeholder or empty link' },
  citation: { law: 'LGPDPPSO-2025', article: 20, paragraph: 'tercero' },
  confidence: 'UNVERIFIED',
  defaultSeverity: 'warning',
  messages: {
    placeholder: {
      es: 'El enlace «{url}» es de relleno (vacío, «#», example.com, localhost): no lleva a ningún lugar.',
      en: 'The link "{url}" is a placeholder (empty, "#", example.com, localhost): it leads nowhere.',
    },
    text: {
      es: 'El texto contiene un marcador de relleno («{found}»).',
      en: 'The text holds a placeholder ("{found}").',
    },
  },
  docs: {
    checks: { es: 'Que no haya enlaces vacíos, `#`, `javascript:`, example.com o localhost, ni marcadores como «[URL]» o «liga aquí».', en: 'That there are no empty, `#`, `javascript:`, example.com or localhost links, nor markers like "[URL]" or "liga aquí".' },
    why: {
      es: 'Un enlace que no lleva a ningún lugar remite a información que la persona no puede consultar: el aviso deja de ser claro (art. 20 ¶3) y, si es el enlace al aviso integral, incumple el art. 22 ¶1.',
      en: 'A link that leads nowhere points to information the reader cannot reach: the notice is no longer clear (art. 20 ¶3) and, if it is the link to the full notice, it breaks art. 22 ¶1.',
    },
    fix: { es: 'Escriba la dirección real y completa.', en: 'Write the real, full address.' },
  },
  check(ctx) {
    for (const { field, url } of linksIn(ctx.facts.texts)) {
      if (PLACEHOLDER.test(url.trim())) ctx.report({ messageId: 'placeholder', data: { url }, pointer: field.pointer, target: 'value' });
    }
    for (const t of ctx.facts.texts) {
      const m = PLACEHOLDER_TEXT.exec(t.text);
      if (m) ctx.report({ messageId: 'text', data: { found: m[0] }, pointer: t.pointer, target: 'value' });
    }
  },
});
