import type { LawCitation } from '../../model/notice.js';
import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';
import { international } from '../shared/transfers.js';

type Problem = 'betweenControllers' | 'nationalOnly' | 'internationalOnly';

/** Why an exception cannot cover this transfer, judged only on what the notice states of the recipient. */
function problemOf(c: LawCitation, t: { recipientKind?: unknown; country?: unknown; international?: unknown }): Problem | undefined {
  if (c.law !== 'LGPDPPSO-2025' || !c.fraction) return undefined;
  const fr = c.fraction.trim().toUpperCase();
  const kind = t.recipientKind;
  const known = typeof kind === 'string';
  // Art. 16 fr. II and 64 fr. II: transfers between responsables (sujetos obligados, art. 3 fr. XXV and XXVII).
  if ((c.article === 64 || c.article === 16) && fr === 'II' && known && kind !== 'public-authority') return 'betweenControllers';
  // Art. 60 fr. I: national transfers between responsables; fr. II: international ones.
  if (c.article === 60 && fr === 'I' && ((known && kind !== 'public-authority') || international(t))) return 'nationalOnly';
  const statedNational = t.international === false || (typeof t.country === 'string' && t.country.toUpperCase() === 'MX' && kind !== 'foreign-authority' && kind !== 'international-organization');
  if (c.article === 60 && fr === 'II' && statedNational) return 'internationalOnly';
  return undefined;
}

export default defineRule({
  id: 'transfer-exception-mismatch',
  title: { es: 'La excepción citada no cubre esa transferencia', en: 'The cited exception does not cover that transfer' },
  citation: { law: 'LGPDPPSO-2025', article: 64, fraction: 'II' },
  confidence: 'VERIFIED',
  quote:
    'II. Cuando la transferencia se realice entre responsables, siempre y cuando los datos personales se utilicen para el ejercicio de facultades propias, compatibles o análogas con la finalidad que motivó el tratamiento de los datos personales; … XXV. Responsable: Sujetos obligados a que se refiere la fracción XXVII del presente artículo que deciden sobre el tratamiento de datos personales; … I. Cuando la transferencia sea nacional y se realice entre responsables en virtud del cumplimiento de una disposición legal o en el ejercicio de atribuciones expresamente conferidas a éstos, o … II. Cuando la transferencia sea internacional y se encuentre prevista en una ley o tratado suscrito y ratificado por México',
  defaultSeverity: 'warning',
  messages: {
    betweenControllers: {
      es: 'La transferencia a «{recipient}» invoca el art. {article} fr. II (transferencias entre responsables), pero el destinatario no es un sujeto obligado: la excepción no la cubre y requiere consentimiento (art. 59).',
      en: 'The transfer to "{recipient}" relies on art. {article} fr. II (transfers between controllers), but the recipient is not a public body subject to the law: the exception does not cover it and it needs consent (art. 59).',
    },
    nationalOnly: {
      es: 'La transferencia a «{recipient}» invoca el art. 60 fr. I, que solo cubre transferencias nacionales entre responsables.',
      en: 'The transfer to "{recipient}" relies on art. 60 fr. I, which covers only national transfers between controllers.',
    },
    internationalOnly: {
      es: 'La transferencia a «{recipient}» es nacional, pero invoca el art. 60 fr. II, que trata de transferencias internacionales.',
      en: 'The transfer to "{recipient}" is national, but relies on art. 60 fr. II, which deals with international transfers.',
    },
  },
  docs: {
    checks: {
      es: 'Que la excepción que el aviso cita para una transferencia sin consentimiento corresponda a lo que el aviso dice del destinatario: las transferencias «entre responsables» (arts. 16 fr. II y 64 fr. II, 60 fr. I) solo a autoridades y organismos sujetos a la ley, no a particulares ni a autoridades extranjeras; art. 60 fr. I solo nacionales, fr. II solo internacionales. Si el aviso no dice qué clase de destinatario es, no se revisa.',
      en: 'That the exception the notice cites for a transfer without consent fits what the notice says about the recipient: transfers "between controllers" (arts. 16 fr. II, 64 fr. II, 60 fr. I) only to authorities and bodies subject to the law, not to private parties or foreign authorities; art. 60 fr. I national only, fr. II international only. If the notice does not say what kind of recipient it is, it is not checked.',
    },
    why: {
      es: 'Toda transferencia requiere consentimiento salvo las excepciones de los arts. 16, 60 y 64 (art. 59). «Responsable» es un sujeto obligado (art. 3 fr. XXV y XXVII): una empresa, una asociación o una autoridad extranjera no lo son, así que la excepción «entre responsables» no ampara transferirles datos.',
      en: 'Every transfer needs consent except under arts. 16, 60 and 64 (art. 59). A "responsable" is a public body subject to the law (art. 3 fr. XXV and XXVII): a company, an association or a foreign authority is not, so the "between controllers" exception does not cover transfers to them.',
    },
    fix: {
      es: 'Cite la excepción que de verdad aplica (p. ej. art. 64 fr. I si una ley la prevé, fr. VII si es necesaria por un contrato en interés de la persona) o trate la transferencia como sujeta a consentimiento, con su medio para negarse.',
      en: 'Cite the exception that really applies (e.g. art. 64 fr. I if a law provides for it, fr. VII if needed by a contract in the person\'s interest) or treat the transfer as needing consent, with its refusal means.',
    },
  },
  check(ctx) {
    for (const t of ctx.facts.transfers) {
      if (t.value.consentRequired === true) continue;
      (t.value.exceptions ?? []).forEach((c, i) => {
        if (!c || typeof c !== 'object') return;
        const problem = problemOf(c, t.value as never);
        if (problem) ctx.report({ messageId: problem, data: { recipient: short(t.value.recipient), article: c.article }, pointer: `${t.pointer}/exceptions/${i}`, target: 'value' });
      });
    }
  },
});
