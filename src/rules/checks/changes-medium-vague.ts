import { defineRule } from '../define-rule.js';
import { fold } from '../shared/walk.js';

const URL_IN_TEXT = /https?:\/\/\S+|\bwww\.\S+/;
const VAGUE = /\b(?:en (?:esta|la) misma (?:seccion|pagina)|en la siguiente liga|en (?:este|el) (?:medio|portal)|por los medios (?:que se estimen|que determine|institucionales))\b/;
const CONCRETE_KINDS = new Set(['web', 'email', 'in-person', 'office', 'mail', 'sms', 'app', 'pnt']);

export default defineRule({
  id: 'changes-medium-vague',
  title: { es: 'Medio para comunicar cambios vago o ausente', en: 'Vague or missing medium for notice changes' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'IX' },
  confidence: 'VERIFIED',
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
      es: 'Que `changes` señale un medio concreto: un canal en `changes.channels` con su URL o domicilio, o una URL en el texto; y que el texto no dependa de frases como «en esta misma sección» o «en la siguiente liga» sin dirección.',
      en: 'That `changes` names a concrete medium: a channel in `changes.channels` with its URL or address, or a URL in the text; and that the text does not rely on phrases like "en esta misma sección" or "en la siguiente liga" without an address.',
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
    const concrete = (c.channels ?? []).some((ch) => ch && CONCRETE_KINDS.has(ch.kind) && Boolean(ch.url || ch.email || ch.address || ch.description));
    const urlInText = URL_IN_TEXT.test(text);
    const vague = VAGUE.exec(fold(text));
    if (vague && !urlInText && !concrete) ctx.report({ messageId: 'vague', data: { phrase: vague[0] }, pointer: '/changes/text', target: 'value' });
    else if (!concrete && !urlInText) ctx.report({ messageId: 'noMedium', pointer: '/changes' });
  },
});
