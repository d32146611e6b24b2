import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';
import { internalRecipient } from '../shared/transfers.js';

export default defineRule({
  id: 'transfer-purpose-missing',
  title: { es: 'Transferencia con consentimiento sin finalidad', en: 'Consent-based transfer without a purpose' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'VII', inciso: 'b)' },
  confidence: 'VERIFIED',
  quote: 'VII. Cuando se realicen transferencias de datos personales que requieran consentimiento, se deberá informar: … b) Las finalidades de estas transferencias;',
  defaultSeverity: 'error',
  messages: {
    missing: {
      es: 'La transferencia a «{recipient}» requiere consentimiento, pero el aviso no dice para qué se transfieren los datos.',
      en: 'The transfer to "{recipient}" needs consent, but the notice does not say what the data are transferred for.',
    },
    presumed: {
      es: 'La transferencia a «{recipient}» no se apoya en ninguna excepción que el aviso cite, así que requiere consentimiento (art. 59), pero el aviso no dice para qué se transfieren los datos.',
      en: 'The transfer to "{recipient}" rests on no exception the notice cites, so it needs consent (art. 59), but the notice does not say what the data are transferred for.',
    },
  },
  docs: {
    checks: {
      es: 'Que cada transferencia que requiere consentimiento diga su finalidad (`purpose`): la que el aviso presenta como sujeta a consentimiento (`consentRequired: true`) y la que no dice si lo requiere ni cita excepción o ley que la prevea (el consentimiento es la regla, art. 59). Las transferencias sin consentimiento (excepciones de los arts. 16, 60 y 64, o una ley que las prevé) no se revisan, ni la comunicación entre áreas del propio responsable, que no es transferencia.',
      en: 'That every transfer needing consent states its purpose (`purpose`): one the notice presents as needing consent (`consentRequired: true`), and one for which it neither says whether consent is needed nor cites an exception or a law providing for it (consent is the rule, art. 59). Transfers without consent (exceptions of arts. 16, 60 and 64, or a law providing for them) are not checked, nor sharing between the controller\'s own offices, which is not a transfer.',
    },
    why: {
      es: 'El art. 21 fr. VII exige informar, de las transferencias que requieren consentimiento, a quién se transfieren los datos (inciso a) y las finalidades de esas transferencias (inciso b). Sin la finalidad, la persona no puede decidir si se niega (fr. VIII).',
      en: 'Art. 21 fr. VII requires stating, for transfers needing consent, who receives the data (item a) and the purposes of those transfers (item b). Without the purpose, people cannot decide whether to refuse (fr. VIII).',
    },
    fix: { es: 'Escriba en `purpose` para qué recibe los datos el destinatario.', en: 'Write in `purpose` what the recipient receives the data for.' },
  },
  check(ctx) {
    for (const t of ctx.facts.transfers) {
      // Unstated, with no exception or law cited and not the controller's own offices: consent is the rule (art. 59).
      const presumed = t.value.consentRequired === undefined && !(t.value.exceptions ?? []).length && !(t.value.legalBasis ?? []).length && !internalRecipient(t.value.recipient, ctx.notice);
      if (t.value.consentRequired !== true && !presumed) continue;
      const p = (t.value as { purpose?: unknown }).purpose;
      if (typeof p === 'string' && p.trim()) continue;
      ctx.report({ messageId: presumed ? 'presumed' : 'missing', data: { recipient: short(t.value.recipient) }, pointer: typeof p === 'string' ? `${t.pointer}/purpose` : t.pointer, target: typeof p === 'string' ? 'value' : 'key' });
    }
  },
});
