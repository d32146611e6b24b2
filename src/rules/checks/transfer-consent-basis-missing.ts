import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';
import { from2017 } from '../shared/renumbering.js';
import { internalRecipient } from '../shared/transfers.js';

/** Articles that allow a transfer without consent (art. 59). */
const EXCEPTIONS = new Set([16, 60, 64]);

export default defineRule({
  id: 'transfer-consent-basis-missing',
  title: { es: 'Transferencia sin consentimiento ni excepción', en: 'Transfer without consent or exception' },
  citation: { law: 'LGPDPPSO-2025', article: 59 },
  confidence: 'VERIFIED',
  quote: 'Artículo 59. Toda transferencia de datos personales, sea esta nacional o internacional, se encuentra sujeta al consentimiento de la persona titular, salvo las excepciones previstas en los artículos 16, 60 y 64 de esta Ley.',
  defaultSeverity: 'error',
  messages: {
    noBasis: {
      es: 'El aviso presenta la transferencia a «{recipient}» como no sujeta a consentimiento, pero no dice en qué excepción de los arts. 16, 60 o 64 se apoya; sin ella, requiere consentimiento (art. 59).',
      en: 'The notice presents the transfer to "{recipient}" as not needing consent, but does not say which exception of arts. 16, 60 or 64 it rests on; without one, it needs consent (art. 59).',
    },
    unstated: {
      es: 'El aviso enumera la transferencia a «{recipient}» sin decir si requiere consentimiento ni en qué excepción de los arts. 16, 60 o 64 se apoya; sin excepción, requiere consentimiento (art. 59).',
      en: 'The notice lists the transfer to "{recipient}" without saying whether it needs consent or which exception of arts. 16, 60 or 64 it rests on; without an exception, it needs consent (art. 59).',
    },
    notException: {
      es: 'La transferencia a «{recipient}» se apoya en el art. {article} de la LGPDPPSO, que no es una excepción al consentimiento; las excepciones están en los arts. 16, 60 y 64 (art. 59).',
      en: 'The transfer to "{recipient}" rests on art. {article} of the LGPDPPSO, which is not a consent exception; the exceptions are in arts. 16, 60 and 64 (art. 59).',
    },
  },
  docs: {
    checks: {
      es: 'Que toda transferencia que el aviso presenta como no sujeta a consentimiento (`consentRequired: false`) diga en qué se apoya: una excepción de los arts. 16, 60 o 64 (`exceptions`) o la ley o tratado que la prevé (`legalBasis`, art. 64 fr. I). Un convenio (`instrument`) formaliza la transferencia (art. 60), pero no sustituye el consentimiento. Una transferencia de la que el aviso no dice si requiere consentimiento ni cita excepción o ley también se señala: sin excepción, el consentimiento es la regla. La comunicación entre áreas del propio responsable no es transferencia y no se revisa.',
      en: 'That every transfer the notice presents as not needing consent (`consentRequired: false`) says what it rests on: an exception of arts. 16, 60 or 64 (`exceptions`) or the law or treaty providing for it (`legalBasis`, art. 64 fr. I). An agreement (`instrument`) formalises the transfer (art. 60) but does not replace consent. A transfer for which the notice neither says whether consent is needed nor cites an exception or a law is reported too: without an exception, consent is the rule. Sharing between the controller\'s own offices is not a transfer and is not checked.',
    },
    why: {
      es: 'Toda transferencia requiere consentimiento salvo las excepciones de los arts. 16, 60 y 64 (art. 59). Las que requieren consentimiento deben informarse con destinatario y finalidad (art. 21 fr. VII) y con un medio para negarse (fr. VIII).',
      en: 'Every transfer needs consent except under arts. 16, 60 and 64 (art. 59). Those that need consent must be listed with recipient and purpose (art. 21 fr. VII) and a means to refuse (fr. VIII).',
    },
    fix: {
      es: 'Cite la excepción (p. ej. `exceptions: [{ law: LGPDPPSO-2025, article: 64, fraction: I }]`) o marque `consentRequired: true` y agregue el mecanismo de negativa.',
      en: 'Cite the exception (e.g. `exceptions: [{ law: LGPDPPSO-2025, article: 64, fraction: I }]`) or mark `consentRequired: true` and add the refusal mechanism.',
    },
  },
  check(ctx) {
    for (const t of ctx.facts.transfers) {
      const consent = t.value.consentRequired;
      // Sharing with the controller's own offices is not a transfer (transfer-internal-sharing says so).
      if (internalRecipient(t.value.recipient, ctx.notice)) continue;
      if (consent === undefined && !(t.value.exceptions ?? []).length && !(t.value.legalBasis ?? []).length) {
        ctx.report({ messageId: 'unstated', data: { recipient: short(t.value.recipient) }, pointer: `${t.pointer}/recipient`, target: 'value' });
        continue;
      }
      if (consent !== false) continue;
      // A law or treaty that provides for the transfer is art. 64 fr. I, even if the fraction is not cited.
      if ((t.value.legalBasis ?? []).length) continue;
      const cites = (t.value.exceptions ?? []).filter((c) => c && typeof c === 'object');
      const recipient = short(t.value.recipient);
      if (!cites.length) {
        ctx.report({ messageId: 'noBasis', data: { recipient }, pointer: `${t.pointer}/consentRequired`, target: 'value' });
        continue;
      }
      if (cites.some((c) => c.law !== 'LGPDPPSO-2025' || EXCEPTIONS.has(c.article))) continue;
      // 2017 numbers (70 → 64, 22 → 16) are citation-2017-numbering's finding.
      const wrong = cites.find((c) => !EXCEPTIONS.has(from2017(c.article) ?? -1));
      if (wrong) ctx.report({ messageId: 'notException', data: { recipient, article: wrong.article }, pointer: `${t.pointer}/exceptions`, target: 'key' });
    }
  },
});
