import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';
import { internalRecipient } from '../shared/transfers.js';


export default defineRule({
  id: 'transfer-internal-sharing',
  title: { es: 'Comunicación interna presentada como transferencia', en: 'Internal sharing presented as a transfer' },
  citation: { law: 'LGPDPPSO-2025', article: 3, fraction: 'XXX' },
  confidence: 'VERIFIED',
  quote: 'XXX. Transferencia: Toda comunicación de datos personales dentro o fuera del territorio mexicano, realizada a persona distinta de la titular, del responsable o de la persona encargada;',
  defaultSeverity: 'info',
  messages: {
    internal: {
      es: '«{recipient}» parece un área del propio responsable: compartir datos dentro del responsable no es una transferencia.',
      en: '"{recipient}" looks like an area of the controller itself: sharing data within the controller is not a transfer.',
    },
  },
  docs: {
    checks: { es: 'Que `transfers.items` no presente como transferencia la comunicación a áreas del propio responsable.', en: 'That `transfers.items` does not present sharing with the controller\'s own areas as a transfer.' },
    why: {
      es: 'Transferencia es la comunicación a persona distinta del titular, del responsable o del encargado (art. 3 fr. XXX); la remisión al encargado tampoco lo es (art. 65). Llamar transferencia a lo interno confunde a la persona sobre quién recibe sus datos.',
      en: 'A transfer is a communication to someone other than the data subject, the controller or the processor (art. 3 fr. XXX); a remission to a processor is not one either (art. 65). Calling internal sharing a transfer misleads people about who receives their data.',
    },
    fix: { es: 'Retire el área de `transfers.items`; si conviene, descríbala en `collection.storage` o en una sección adicional.', en: 'Remove the area from `transfers.items`; if useful, describe it under `collection.storage` or in an extra section.' },
  },
  check(ctx) {
    for (const t of ctx.facts.transfers) {
      if (internalRecipient(t.value.recipient, ctx.notice)) {
        ctx.report({ messageId: 'internal', data: { recipient: short(t.value.recipient) }, pointer: `${t.pointer}/recipient`, target: 'value' });
      }
    }
  },
});
