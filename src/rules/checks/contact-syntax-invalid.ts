import { defineRule } from '../define-rule.js';
import { isProse } from '../shared/walk.js';

const EMAIL_LIKE = /[^\s<>()\[\]"',;:]+@[^\s<>()\[\]"',;]+/g;
const EMAIL_OK = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
/** Generic top-level domains a public notice may link to; every two-letter country code is accepted too. */
const GENERIC_TLDS = new Set(['com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'app', 'dev', 'online', 'site', 'web', 'tech', 'cloud', 'museum', 'coop', 'aero', 'jobs', 'pro', 'tel', 'mobi', 'news', 'blog', 'digital']);
const URL_LIKE = /\bhttps?:\/\/[^\s<>"')\]]*/g;

export default defineRule({
  id: 'contact-syntax-invalid',
  title: { es: 'Correo o dirección web mal escritos', en: 'Malformed e-mail or web address' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'V' },
  confidence: 'VERIFIED',
  quote: 'V. Los mecanismos, medios y procedimientos disponibles para ejercer los derechos ARCO;',
  defaultSeverity: 'warning',
  messages: {
    email: { es: 'El correo «{value}» no es una dirección válida.', en: 'The e-mail "{value}" is not a valid address.' },
    url: { es: 'La dirección web «{value}» no es válida.', en: 'The web address "{value}" is not valid.' },
  },
  docs: {
    checks: {
      es: 'Que los correos y las direcciones web escritos dentro de los textos tengan una sintaxis válida (los campos `email` y `url` ya los valida el esquema).',
      en: 'That e-mails and web addresses written inside texts are well-formed (the `email` and `url` fields are already checked by the schema).',
    },
    why: {
      es: 'Los medios para ejercer los derechos ARCO (art. 21 fr. V) y para negarse (fr. VIII) deben poder usarse: un correo mal escrito es un medio que no existe.',
      en: 'The channels to exercise ARCO rights (art. 21 fr. V) and to refuse (fr. VIII) must be usable: a malformed e-mail is a channel that does not exist.',
    },
    fix: { es: 'Corrija la dirección; de preferencia, póngala en un campo `email` o `url` de un canal.', en: 'Correct the address; better, put it in an `email` or `url` field of a channel.' },
  },
  check(ctx) {
    for (const t of ctx.facts.texts) {
      if (!isProse(t)) continue;
      if (t.text.includes('@')) {
        for (const m of t.text.matchAll(EMAIL_LIKE)) {
          const value = m[0].replace(/^mailto:/i, '').replace(/[.]+$/, '');
          if (!value.startsWith('@') && !EMAIL_OK.test(value)) ctx.report({ messageId: 'email', data: { value }, pointer: t.pointer, target: 'value' });
        }
      }
      if (t.text.includes('http')) {
        for (const m of t.text.matchAll(URL_LIKE)) {
          const value = m[0].replace(/[.,;:]+$/, '');
          let ok = false;
          try {
            const u = new URL(value);
            const tld = u.hostname.split('.').slice(1).pop()?.toLowerCase() ?? '';
            ok = /^[a-z]{2}$/.test(tld) || GENERIC_TLDS.has(tld) || u.hostname === 'localhost';
          } catch {
            ok = false;
          }
          if (!ok) ctx.report({ messageId: 'url', data: { value }, pointer: t.pointer, target: 'value' });
        }
      }
    }
  },
});
