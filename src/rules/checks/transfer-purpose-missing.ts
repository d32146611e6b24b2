import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';

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
  },
  docs: {
    checks: {
      es: 'Que cada transferencia que el aviso presenta como sujeta a consentimiento (`consentRequired: true`) diga su finalidad (`purpose`). Las transferencias sin consentimiento (excepciones de los arts. 16, 60 y 64) no tienen que listarse, así que no se revisan; tampoco las que el aviso no dice si requieren consentimiento.',
      en: 'That every transfer the notice presents as needing consent (`consentRequired: true`) states its purpose (`purpose`). Transfers without consent (exceptions of arts. 16, 60 and 64) need not be listed, so they are not checked; nor those for which the notice does not say whether consent is needed.',
    },
    why: {
      es: 'El art. 21 fr. VII exige informar, de las transferencias que requieren consentimiento, a quién se transfieren los datos (inciso a) y las finalidades de esas transferencias (inciso b). Sin la finalidad, la persona no puede decidir si se niega (fr. VIII).',
      en: 'Art. 21 fr. VII requires stating, for transfers needing consent, who receives the data (item a) and the purposes of those transfers (item b). Without the purpose, people cannot decide whether to refuse (fr. VIII).',
    },
    fix: { es: 'Escriba en `purpose` para qué recibe los datos el destinatario.', en: 'Write in `purpose` what the recipient receives the data for.' },
  },
  check(ctx) {
    for (const t of ctx.facts.transfers) {
      if (t.value.consentRequired !== true) continue;
      const p = (t.value as { purpose?: unknown }).purpose;
      if (typeof p === 'string' && p.trim()) continue;
      ctx.report({ messageId: 'missing', data: { recipient: short(t.value.recipient) }, pointer: typeof p === 'string' ? `${t.pointer}/purpose` : t.pointer, target: typeof p === 'string' ? 'value' : 'key' });
    }
  },
});
