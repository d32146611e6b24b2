import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';

export default defineRule({
  id: 'transfer-consent-basis-missing',
  title: { es: 'Transferencia sin consentimiento ni excepción', en: 'Transfer without consent or exception' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'VII' },
  confidence: 'VERIFIED',
  defaultSeverity: 'error',
  messages: {
    noPurpose: {
      es: 'La transferencia a «{recipient}» requiere consentimiento según el aviso, pero no dice para qué se transfieren los datos (art. 21 fr. VII, inciso b).',
      en: 'The transfer to "{recipient}" needs consent per the notice, but the notice does not say what the data are transferred for (art. 21 fr. VII b).',
    },
    unstated: {
      es: 'El aviso no dice si la transferencia a «{recipient}» requiere consentimiento ni cita una excepción de los arts. 16, 60 o 64.',
      en: 'The notice does not say whether the transfer to "{recipient}" needs consent, nor cite an exception of arts. 16, 60 or 64.',
    },
    noBasis: {
      es: 'La transferencia a «{recipient}» ({kind}) no requiere consentimiento según el aviso, pero no cita la excepción de los arts. 16, 60 o 64 que lo permite.',
      en: 'The transfer to "{recipient}" ({kind}) is said not to need consent, but no exception of arts. 16, 60 or 64 is cited.',
    },
  },
  docs: {
    checks: {
      es: 'Que toda transferencia con `consentRequired: false` cite en `exceptions` la fracción de los arts. 16, 60 o 64 en que se apoya; si no la hay, debe marcarse `consentRequired: true` (con su mecanismo de negativa).',
      en: 'That every transfer with `consentRequired: false` cites under `exceptions` the fraction of arts. 16, 60 or 64 it rests on; otherwise it must be marked `consentRequired: true` (with its refusal mechanism).',
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
      if (t.value.consentRequired === true) {
        if (!t.value.purpose) ctx.report({ messageId: 'noPurpose', data: { recipient: short(t.value.recipient) }, pointer: t.pointer });
        continue;
      }
      if ((t.value.exceptions ?? []).length || (t.value.legalBasis ?? []).length || t.value.instrument) continue;
      if (t.value.consentRequired === undefined) {
        ctx.report({ messageId: 'unstated', data: { recipient: short(t.value.recipient) }, pointer: t.pointer });
        continue;
      }
      ctx.report({ messageId: 'noBasis', data: { recipient: short(t.value.recipient), kind: String(t.value.recipientKind ?? '') }, pointer: `${t.pointer}/consentRequired`, target: 'value' });
    }
  },
});
