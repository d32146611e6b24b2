import { defineRule } from '../define-rule.js';
import type { Channel } from '../../model/notice.js';
import { fold } from '../shared/walk.js';

const URL_IN_TEXT = /https?:\/\/\S+|\bwww\.\S+/;
const VAGUE = /\b(?:en (?:esta|la) misma (?:seccion|pagina)|en la siguiente (?:liga|direccion|pagina)|en (?:este|el) medio|en (?:nuestro|su|el) (?:portal|sitio|pagina)(?: (?:de internet|web|institucional|oficial|electronic[oa]))?|en (?:nuestra|su|la) pagina (?:de internet|web|institucional|oficial|electronica)|por (?:los|cualquier) medios? (?:que se estimen?|que (?:el responsable |el instituto |la institucion )?determine|institucionales|idoneos?|de comunicacion)|oportunamente)\b/;

/** A channel is concrete when it carries what identifies it: the URL of a web page, the address of an office… */
function concrete(ch: Channel | undefined): boolean {
  if (!ch) return false;
  switch (ch.kind) {
    case 'web':
    case 'web-form':
    case 'pnt':
      return Boolean(ch.url);
    case 'email':
      return Boolean(ch.email);
    case 'in-person':
    case 'office':
    case 'mail':
    case 'written':
      return Boolean(ch.address || ch.label || ch.description);
    case 'phone':
    case 'sms':
    case 'whatsapp':
      return Boolean(ch.phone);
    default:
      return Boolean(ch.url || ch.email || ch.address || ch.phone || ch.label || ch.description);
  }
}

export default defineRule({
  id: 'changes-medium-vague',
  title: { es: 'Medio para comunicar cambios vago o ausente', en: 'Vague or missing medium for notice changes' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'IX' },
  confidence: 'VERIFIED',
  quote: 'IX. Los medios a través de los cuales el responsable comunicará a las personas titulares los cambios al aviso de privacidad.',
  defaultSeverity: 'warning',
  messages: {
    noMedium: {
      es: 'El aviso no señala un medio concreto (dirección web, correo, lugar físico) para comunicar sus cambios.',
      en: 'The notice names no concrete medium (web address, e-mail, physical place) to communicate its changes.',
    },
    vague: {
      es: 'El medio para comunicar cambios es vago («{phrase}»): diga la dirección o el lugar exactos.',
      en: 'The medium for changes is vague ("{phrase}"): give the exact address or place.',
    },
  },
  docs: {
    checks: {
      es: 'Que `changes` señale un medio concreto: un canal en `changes.channels` con lo que lo identifica (la URL de una página web, el correo, el lugar físico), o una URL en el texto. Un texto que solo dice «en nuestro portal de internet», «en esta misma sección» o «en la siguiente liga» sin la dirección es vago.',
      en: 'That `changes` names a concrete medium: a channel in `changes.channels` with what identifies it (the URL of a web page, the e-mail, the physical place), or a URL in the text. A text that only says "en nuestro portal de internet", "en esta misma sección" or "en la siguiente liga" without the address is vague.',
    },
    why: {
      es: 'El art. 21 fr. IX exige «los medios a través de los cuales el responsable comunicará a las personas titulares los cambios al aviso de privacidad». Sin un medio identificable, la persona no sabe dónde buscar.',
      en: 'Art. 21 fr. IX requires "the means through which the controller will communicate changes to the notice". Without an identifiable medium, people do not know where to look.',
    },
    fix: {
      es: 'Agregue en `changes.channels` un canal `web` con la URL exacta (p. ej. https://www.ejemplo.gob.mx/avisos-privacidad) y, si aplica, un lugar físico.',
      en: 'Add a `web` channel with the exact URL under `changes.channels` (e.g. https://www.ejemplo.gob.mx/avisos-privacidad) and, if applicable, a physical place.',
    },
  },
  check(ctx) {
    const c = ctx.notice.changes;
    if (!c || typeof c !== 'object') return;
    const text = typeof c.text === 'string' ? c.text : '';
    const hasConcrete = (c.channels ?? []).some(concrete);
    const urlInText = URL_IN_TEXT.test(text);
    if (hasConcrete || urlInText) return;
    const folded = fold(text);
    const vague = VAGUE.exec(folded);
    if (vague) {
      const span = folded.length === text.length ? ([vague.index, vague.index + vague[0].length] as const) : undefined;
      ctx.report({ messageId: 'vague', data: { phrase: folded.length === text.length ? text.slice(vague.index, vague.index + vague[0].length) : vague[0] }, pointer: '/changes/text', target: 'value', ...(span ? { span } : {}) });
    } else ctx.report({ messageId: 'noMedium', pointer: '/changes' });
  },
});
