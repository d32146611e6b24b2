import { defineRule } from '../define-rule.js';
import { sentenceAround } from '../shared/citations.js';
import { short } from '../shared/refusal.js';
import { genericRecipient, vaguePurpose } from '../shared/transfers.js';

/** "Sus datos podrán ser transferidos a otras autoridades / a terceros". */
const STATEMENT = /\b(?:transferi\w*|transfier\w*|compartir\w*|compartid[oa]s)\b[^.;]{0,40}?\b(?:a|con) ((?:otr[oa]s |divers[oa]s |distint[oa]s |las |los )?(?:autoridades|instituciones|dependencias|entidades|terceros|organismos|empresas|particulares)(?: (?:competentes|publicas|privadas|federales|estatales|municipales|correspondientes|que lo soliciten))*)\b/;
const NEGATED = /\bno (?:se )?(?:realizar|transfer|compart)|\bsalvo\b|\bexcepto\b|\ben ningun caso\b|\bnunca\b/;

export default defineRule({
  id: 'transfer-description-vague',
  title: { es: 'Transferencia con destinatario genérico o finalidad vaga', en: 'Transfer with a generic recipient or a vague purpose' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'VII' },
  confidence: 'VERIFIED',
  quote: 'VII. Cuando se realicen transferencias de datos personales que requieran consentimiento, se deberá informar: a) Las autoridades, poderes, entidades, órganos y organismos gubernamentales de los tres órdenes de gobierno y las personas físicas o morales a las que se transfieren los datos personales, y b) Las finalidades de estas transferencias;',
  defaultSeverity: 'warning',
  messages: {
    recipient: {
      es: 'La transferencia que requiere consentimiento nombra a su destinatario solo de forma genérica («{recipient}»): diga qué autoridad, organismo o persona recibe los datos.',
      en: 'The consent-based transfer names its recipient only generically ("{recipient}"): say which authority, body or person receives the data.',
    },
    purpose: {
      es: 'La finalidad de la transferencia a «{recipient}» («{purpose}») no dice para qué se transfieren los datos.',
      en: 'The purpose of the transfer to "{recipient}" ("{purpose}") does not say what the data are transferred for.',
    },
    statement: {
      es: 'El aviso dice que transfiere datos a «{recipient}» sin nombrar a los destinatarios ni la excepción que lo permite.',
      en: 'The notice says it transfers data to "{recipient}" without naming the recipients or the exception that allows it.',
    },
  },
  docs: {
    checks: {
      es: 'Que las transferencias que requieren consentimiento nombren a su destinatario (no «otras autoridades», «terceros», «instituciones competentes», «entre otros») y digan una finalidad concreta (no «para los fines legales conducentes» ni «para lo que corresponda»); y que una declaración general («sus datos podrán transferirse a terceros») sin transferencias enumeradas ni excepción citada no sustituya esa información. Las transferencias sin consentimiento (arts. 16, 60 y 64) no tienen que listarse: no se revisan.',
      en: 'That consent-based transfers name their recipient (not "other authorities", "third parties", "competent institutions", "among others") and state a concrete purpose (not "for the relevant legal purposes"); and that a general statement ("your data may be transferred to third parties") with no listed transfers nor exception does not stand in for that information. Transfers without consent (arts. 16, 60 and 64) need not be listed: they are not checked.',
    },
    why: {
      es: 'El art. 21 fr. VII exige informar las autoridades, poderes, entidades, órganos y organismos y las personas físicas o morales a las que se transfieren los datos, y las finalidades de esas transferencias. Un destinatario genérico o una finalidad vacía no permiten a la persona saber a quién van sus datos ni decidir si se niega (fr. VIII).',
      en: 'Art. 21 fr. VII requires naming the authorities, bodies and natural or legal persons receiving the data, and the purposes of those transfers. A generic recipient or an empty purpose does not let people know who gets their data or decide whether to refuse (fr. VIII).',
    },
    fix: { es: 'Nombre al destinatario («Secretaría de Educación del Estado de …») y diga la finalidad concreta («para inscribir a la persona en el programa de becas»).', en: 'Name the recipient and state the concrete purpose.' },
  },
  check(ctx) {
    for (const t of ctx.facts.transfers) {
      if (t.value.consentRequired !== true) continue;
      const recipient = String(t.value.recipient ?? '');
      if (genericRecipient(recipient)) ctx.report({ messageId: 'recipient', data: { recipient: short(recipient) }, pointer: `${t.pointer}/recipient`, target: 'value' });
      const purpose = (t.value as { purpose?: unknown }).purpose;
      if (typeof purpose === 'string' && purpose.trim() && vaguePurpose(purpose)) {
        ctx.report({ messageId: 'purpose', data: { recipient: short(recipient), purpose: short(purpose) }, pointer: `${t.pointer}/purpose`, target: 'value' });
      }
    }
    const tr = ctx.notice.transfers;
    const statement = tr && typeof tr.statement === 'string' ? tr.statement : '';
    if (!statement || ctx.facts.transfers.length || (tr?.exceptions ?? []).length || /\bart(?:iculo|\.)s?\s*\d/i.test(statement)) return;
    const folded = ctx.facts.texts.find((x) => x.pointer === '/transfers/statement')?.folded ?? '';
    const m = STATEMENT.exec(folded);
    if (!m || NEGATED.test(sentenceAround(folded, m.index, m.index + m[0].length))) return;
    ctx.report({ messageId: 'statement', data: { recipient: m[1]! }, pointer: '/transfers/statement', target: 'value' });
  },
});
