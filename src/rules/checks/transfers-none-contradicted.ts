import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';

export default defineRule({
  id: 'transfers-none-contradicted',
  title: { es: '«No hay transferencias» contradicho por el propio aviso', en: '"No transfers" contradicted by the notice itself' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'VII' },
  confidence: 'VERIFIED',
  defaultSeverity: 'warning',
  messages: {
    items: {
      es: 'El aviso declara que no hay transferencias (`transfers.none: true`), pero enumera {count} en `transfers.items`.',
      en: 'The notice says there are no transfers (`transfers.none: true`) but lists {count} under `transfers.items`.',
    },
    otherAuthority: {
      es: 'El aviso declara que no hay transferencias, pero datos como «{name}» se obtienen o validan con otra autoridad ({detail}): enviarle datos para cotejarlos es una comunicación a un tercero que debe informarse y fundarse.',
      en: 'The notice says there are no transfers, but data such as "{name}" are obtained from or validated against another authority ({detail}): sending it data to match is a communication to a third party that must be disclosed and grounded.',
    },
  },
  docs: {
    checks: {
      es: 'Que un aviso con `transfers.none: true` no enumere transferencias ni describa flujos de datos con otras autoridades (datos con `source: other-authority`, p. ej. validación contra el padrón del INE).',
      en: 'That a notice with `transfers.none: true` neither lists transfers nor describes data flows with other authorities (data with `source: other-authority`, e.g. validation against the INE register).',
    },
    why: {
      es: 'Transferencia es toda comunicación de datos a alguien distinto del titular, del responsable o del encargado (art. 3 fr. XXX). Si el aviso envía datos a otra autoridad para validarlos, decir que no hay transferencias es inexacto: debe informarse y fundarse (arts. 21 fr. VII, 59, 64).',
      en: 'A transfer is any communication of data to someone other than the data subject, the controller or the processor (art. 3 fr. XXX). If data go to another authority for validation, saying there are no transfers is inaccurate: it must be disclosed and grounded (arts. 21 fr. VII, 59, 64).',
    },
    fix: {
      es: 'Describa la comunicación en `transfers.items` (destinatario, finalidad, excepción del art. 64 o 16 que aplica) y quite `none: true`; o, si no hay comunicación de datos, corrija el origen del dato.',
      en: 'Describe the communication under `transfers.items` (recipient, purpose, applicable art. 64 or 16 exception) and drop `none: true`; or, if no data are communicated, correct the item\'s source.',
    },
  },
  check(ctx) {
    const tr = ctx.notice.transfers;
    if (!tr || tr.none !== true) return;
    if (ctx.facts.transfers.length) ctx.report({ messageId: 'items', data: { count: ctx.facts.transfers.length }, pointer: '/transfers/none', target: 'value' });
    // One finding per activity and authority, at its first data item, naming all the items.
    const groups = new Map<string, { pointer: string; names: string[]; detail: string }>();
    for (const d of ctx.facts.data) {
      if (d.value.source !== 'other-authority') continue;
      const detail = String(d.value.sourceDetail ?? '—');
      const key = `${d.activity}\u0000${detail}`;
      const g = groups.get(key) ?? { pointer: `${d.pointer}/source`, names: [], detail };
      g.names.push(String(d.value.name ?? ''));
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      ctx.report({ messageId: 'otherAuthority', data: { name: short(g.names.join(', '), 120), detail: short(g.detail) }, pointer: g.pointer, target: 'value' });
    }
  },
});
