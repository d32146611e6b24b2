import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';
import { sentenceAround } from '../shared/citations.js';
import { fold } from '../shared/walk.js';

/** Data sent to another authority to be checked there: validation, matching, verification. */
const VALIDATION = /\bvalid|\bcotej|\bverific|\bconfront|\bconsulta (?:a|en|ante)\b|\bcompuls/;
/** Prose saying data go to someone: "sus datos se compartirán con…", "serán enviados a…". */
const SENT = /\b(?:se (?:comparte|comparten|compartira|compartiran|envia|envian|enviara|enviaran|remite|remiten|remitira|remitiran|comunica|comunican|comunicara|comunicaran|entrega|entregan|entregara|entregaran|transmite|transmiten|transmitira|transmitiran)|(?:seran|son) (?:compartid|enviad|remitid|comunicad|entregad|transmitid)[oa]s)\b[^.;]{0,80}?\b(?:a|al|a la|a los|a las|con|con el|con la|con los|con las|ante)\s+([^.;]{3,120})/;
/** Recipients outside the controller: other authorities, companies, organisations. */
const EXTERNAL = /\b(?:secretaria|instituto|servicio de administracion tributaria|comision|procuraduria|fiscalia|tribunal|juzgado|poder judicial|congreso|gobierno|ayuntamiento|municipio|banco|aseguradora|afore|empresa|s\.a\.|s\. ?de r\.l\.|a\.c\.|asociacion|fundacion|universidad|organismo|agencia|embajada|consulado)\b/;
const INTERNAL = /^(?:las? |los )?(?:areas?|unidades?|direcciones?|coordinaciones?|departamentos?|oficinas?|personal|servidores? publicos?|encargad[oa]s?|proveedor)/;
const NEGATION = /\bno (?:se )?(?:compart|envi|remit|comunic|entreg|transmit|transfer)|\bnunca\b|\ben ningun caso\b|\bsalvo\b|\bexcepto\b/;

export default defineRule({
  id: 'transfers-none-contradicted',
  title: { es: '«No hay transferencias» contradicho por el propio aviso', en: '"No transfers" contradicted by the notice itself' },
  citation: { law: 'LGPDPPSO-2025', article: 3, fraction: 'XXX' },
  confidence: 'VERIFIED',
  quote: 'XXX. Transferencia: Toda comunicación de datos personales dentro o fuera del territorio mexicano, realizada a persona distinta de la titular, del responsable o de la persona encargada;',
  defaultSeverity: 'warning',
  messages: {
    items: {
      es: 'El aviso declara que no hay transferencias (`transfers.none: true`), pero enumera {count} en `transfers.items`.',
      en: 'The notice says there are no transfers (`transfers.none: true`) but lists {count} under `transfers.items`.',
    },
    prose: {
      es: 'El aviso declara que no hay transferencias, pero dice que los datos se comunican a «{recipient}»: comunicar datos a alguien distinto del titular, del responsable o de su encargado es una transferencia que debe informarse y fundarse.',
      en: 'The notice says there are no transfers, but says the data are communicated to "{recipient}": communicating data to someone other than the data subject, the controller or its processor is a transfer that must be disclosed and grounded.',
    },
    otherAuthority: {
      es: 'El aviso declara que no hay transferencias, pero datos como «{name}» se validan o cotejan con otra autoridad ({detail}): enviarle datos para cotejarlos es una comunicación a un tercero que debe informarse y fundarse.',
      en: 'The notice says there are no transfers, but data such as "{name}" are validated or matched against another authority ({detail}): sending it data to match is a communication to a third party that must be disclosed and grounded.',
    },
  },
  docs: {
    checks: {
      es: 'Que un aviso con `transfers.none: true` no enumere transferencias ni describa, en otra parte, que comunica datos a otras autoridades u organizaciones: datos que se validan o cotejan con otra autoridad (`source: other-authority` con «validación», «cotejo»…, p. ej. contra el padrón del INE), o frases como «sus datos se compartirán con la Secretaría de…». Recibir datos de otra autoridad no es transferir; compartirlos con áreas del propio responsable o con su encargado tampoco (arts. 3 fr. XXX y 65).',
      en: 'That a notice with `transfers.none: true` neither lists transfers nor describes elsewhere that it communicates data to other authorities or organisations: data validated or matched against another authority (`source: other-authority` with "validación", "cotejo"…, e.g. against the INE register), or sentences like "your data will be shared with the Ministry of…". Receiving data from another authority is not a transfer; sharing with the controller\'s own areas or its processor is not either (arts. 3 fr. XXX and 65).',
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
      const detail = String(d.value.sourceDetail ?? '');
      // Data obtained from another authority are received, not transferred; matching them there sends data.
      if (!VALIDATION.test(fold(`${detail} ${d.value.use ?? ''}`))) continue;
      const key = `${d.activity}\u0000${detail}`;
      const g = groups.get(key) ?? { pointer: `${d.pointer}/source`, names: [], detail };
      g.names.push(String(d.value.name ?? ''));
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      ctx.report({ messageId: 'otherAuthority', data: { name: short(g.names.join(', '), 120), detail: short(g.detail) }, pointer: g.pointer, target: 'value' });
    }
    const own = [ctx.notice.controller?.name, ctx.notice.controller?.shortName].filter((x): x is string => typeof x === 'string' && x.length > 2).map(fold);
    for (const t of ctx.facts.texts) {
      if (t.pointer.startsWith('/transfers') || t.pointer.startsWith('/processors') || t.key === 'name' || t.key === 'instrument') continue;
      const m = SENT.exec(t.folded);
      if (!m) continue;
      const recipient = m[1]!.trim();
      if (NEGATION.test(sentenceAround(t.folded, m.index, m.index + m[0].length)) || INTERNAL.test(recipient) || !EXTERNAL.test(recipient)) continue;
      if (own.some((o) => recipient.startsWith(o) || recipient.includes(`${o} `) || recipient === o)) continue;
      const at = m.index + m[0].length - m[1]!.length;
      const shown = t.folded.length === t.text.length ? t.text.slice(at, at + m[1]!.length).trim() : recipient;
      ctx.report({ messageId: 'prose', data: { recipient: short(shown) }, pointer: t.pointer, target: 'value', ...(t.folded.length === t.text.length ? { span: [at, at + shown.length] as const } : {}) });
    }
  },
});
