import { defineRule } from '../define-rule.js';
import { linksIn } from '../shared/links.js';

export default defineRule({
  id: 'link-insecure',
  title: { es: 'Enlace sin cifrar (http)', en: 'Unencrypted link (http)' },
  citation: { law: 'LGPDPPSO-2025', article: 20, paragraph: 'tercero' },
  confidence: 'UNVERIFIED',
  defaultSeverity: 'info',
  messages: {
    http: {
      es: 'El enlace {url} usa http sin cifrar; use https.',
      en: 'The link {url} uses unencrypted http; use https.',
    },
  },
  docs: {
    checks: { es: 'Que los enlaces usen `https://` y no `http://`.', en: 'That links use `https://`, not `http://`.' },
    why: {
      es: 'Un enlace http puede ser alterado en tránsito y los navegadores lo marcan como inseguro; para un aviso que invita a enviar datos (ARCO, negativa) es una mala señal. No hay un artículo que lo exija: por eso es una nota.',
      en: 'An http link can be tampered with in transit and browsers flag it as insecure; for a notice inviting people to send data (ARCO, refusal) it is a bad sign. No article requires it: hence an info note.',
    },
    fix: { es: 'Cambie `http://` por `https://` (compruebe que el sitio responde por https).', en: 'Change `http://` to `https://` (check that the site answers over https).' },
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const { field, url } of linksIn(ctx.facts.texts)) {
      const key = `${field.pointer} ${url}`;
      if (/^http:\/\//i.test(url) && !seen.has(key)) {
        seen.add(key);
        ctx.report({ messageId: 'http', data: { url }, pointer: field.pointer, target: 'value' });
      }
    }
  },
});
