import { SHORTENER_HOSTS } from '../data/shorteners.js';
import { defineRule } from '../define-rule.js';
import { linksIn } from '../shared/links.js';

function host(url: string): string {
  try {
    return new URL(/^https?:/i.test(url) ? url : `https://${url}`).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export default defineRule({
  id: 'link-shortener',
  title: { es: 'Enlace acortado', en: 'Shortened link' },
  citation: { law: 'LGPDPPSO-2025', article: 20, paragraph: 'tercero' },
  confidence: 'UNVERIFIED',
  defaultSeverity: 'warning',
  messages: {
    shortener: {
      es: 'El enlace {url} usa un acortador ({host}): no deja ver a dónde lleva y puede dejar de funcionar.',
      en: 'The link {url} uses a shortener ({host}): it hides where it leads and may stop working.',
    },
  },
  docs: {
    checks: { es: 'Que ningún enlace del aviso use un acortador (acortar.link, bit.ly, tinyurl.com…). La lista está en `src/rules/data/shorteners.ts`.', en: 'That no link in the notice uses a shortener (acortar.link, bit.ly, tinyurl.com…). The list is in `src/rules/data/shorteners.ts`.' },
    why: {
      es: 'El aviso debe ser claro (art. 20 ¶3) y el simplificado debe señalar el sitio donde se consulta el integral (art. 22 ¶1): un acortador oculta el dominio del responsable, puede expirar o redirigir a otro lugar. La práctica (Lineamientos de 2018, no verificados) prohíbe remitir a documentos que la persona no puede consultar.',
      en: 'The notice must be clear (art. 20 ¶3) and the simplified notice must state where the full notice is (art. 22 ¶1): a shortener hides the controller\'s domain, can expire or redirect elsewhere. Practice (2018 Lineamientos, not verified) forbids pointing to documents the reader cannot reach.',
    },
    fix: { es: 'Use la dirección completa en el dominio del responsable (p. ej. https://www.ejemplo.gob.mx/directorio).', en: 'Use the full address on the controller\'s domain (e.g. https://www.example.gob.mx/directorio).' },
  },
  check(ctx) {
    for (const { field, url } of linksIn(ctx.facts.texts)) {
      const h = host(url);
      if (SHORTENER_HOSTS.has(h)) ctx.report({ messageId: 'shortener', data: { url, host: h }, pointer: field.pointer, target: 'value' });
    }
  },
});
