import { defineRule } from '../define-rule.js';
import { costsOf } from '../shared/stated.js';
import { isProse } from '../shared/walk.js';

/** A charge: "tiene un costo", "deberá cubrir una cuota", "pago de derechos", "$150.00". */
const CHARGE = /\b(?:(?:tiene|tendra|genera|generara|causa|causara|implica|implicara) (?:un )?(?:costo|cobro|pago)\b|(?:debera|deberan|tendra que|tendran que|se debe|se deberan?) (?:pagar|cubrir|realizar el pago|efectuar el pago)|\bpago de (?:derechos|una cuota|una tarifa)\b|\bcuota de recuperacion\b|\bse cobrar(?:a|an)\b|\bcon un costo de\b|\$\s?\d)/;
/** What art. 44 allows charging for, or a statement that there is no charge. */
const ALLOWED = /\breproduc|\bcertific|\benvio\b|\bcopias?\b|\bmensajeria\b|\bcorreo certificado\b|\bmedio magnetico\b|\bdisco\b|\bsin costo\b|\bno (?:tiene|tendra|genera|generara|causa|causara|implica) (?:ningun |costo|cobro)|\bgratuit/;
/** What the charge is for: filing, processing, searching — none of which may be charged. */
const FOR = /\b(?:solicitud|presentacion|tramite|tramitar|busqueda|consulta|acceso|gestion|ejercicio de (?:los|sus) derechos|derechos arco|registro|atencion)\b/;

export default defineRule({
  id: 'arco-fee-not-free',
  title: { es: 'Cobro por ejercer los derechos ARCO', en: 'Charge for exercising ARCO rights' },
  citation: { law: 'LGPDPPSO-2025', article: 44, paragraph: 'primero' },
  confidence: 'VERIFIED',
  quote:
    'Artículo 44. El ejercicio de los derechos ARCO es gratuito. Sólo podrán realizarse cobros para recuperar los costos de reproducción, certificación o envío, conforme a la normatividad que resulte aplicable. … La información deberá ser entregada sin costo, cuando implique la entrega de no más de veinte hojas simples. … El responsable no podrá establecer para la presentación de las solicitudes del ejercicio de los derechos ARCO algún servicio o medio que implique un costo a la persona titular.',
  defaultSeverity: 'warning',
  messages: {
    notFree: {
      es: 'El aviso dice que ejercer los derechos ARCO tiene costo; el ejercicio es gratuito y solo pueden cobrarse la reproducción, la certificación o el envío (art. 44).',
      en: 'The notice says exercising ARCO rights has a cost; it is free and only reproduction, certification or shipping may be charged (art. 44).',
    },
    otherCharge: {
      es: 'El aviso menciona un cobro distinto de la reproducción, la certificación o el envío, los únicos que permite el art. 44.',
      en: 'The notice mentions a charge other than reproduction, certification or shipping, the only ones art. 44 allows.',
    },
    freePages: {
      es: 'El aviso entrega sin costo solo {pages} hojas; el art. 44 ¶4 exige entregar sin costo hasta veinte hojas simples.',
      en: 'The notice delivers only {pages} pages free of charge; art. 44 ¶4 requires up to twenty plain pages free of charge.',
    },
    charge: {
      es: 'El aviso cobra por «{what}»: el ejercicio de los derechos ARCO es gratuito y solo pueden cobrarse la reproducción, la certificación o el envío (art. 44).',
      en: 'The notice charges for "{what}": exercising ARCO rights is free and only reproduction, certification or shipping may be charged (art. 44).',
    },
  },
  docs: {
    checks: {
      es: 'Que el aviso no cobre por presentar, tramitar o buscar una solicitud ARCO: una frase de la sección de derechos que anuncia un costo, una cuota o un pago (o una cantidad en pesos) para la solicitud, el trámite, la búsqueda o el acceso, sin limitarlo a la reproducción, la certificación o el envío. Que el aviso no diga que es gratuito lo informa `arco-procedure-incomplete`.',
      en: 'That the notice does not charge for filing, processing or searching an ARCO request: a sentence of the rights section announcing a cost, fee or payment (or an amount in pesos) for the request, processing, search or access, without limiting it to reproduction, certification or shipping. A notice that does not say it is free is reported by `arco-procedure-incomplete`.',
    },
    why: {
      es: 'El art. 44 dice que el ejercicio de los derechos ARCO es gratuito, que solo pueden cobrarse los costos de reproducción, certificación o envío, que hasta veinte hojas simples se entregan sin costo, y que el responsable no puede establecer para presentar las solicitudes un servicio o medio con costo.',
      en: 'Art. 44 says that exercising ARCO rights is free, that only reproduction, certification or shipping costs may be charged, that up to twenty pages are delivered free, and that the controller may not set up a paid service or channel for filing requests.',
    },
    fix: {
      es: 'Diga que el ejercicio de los derechos es gratuito y que solo se cobran, en su caso, la reproducción, la certificación o el envío, conforme a la ley de derechos aplicable.',
      en: 'Say that exercising the rights is free and that only reproduction, certification or shipping may be charged, under the applicable fees law.',
    },
  },
  check(ctx) {
    const costs = costsOf(ctx.notice);
    if (costs?.free === false) ctx.report({ messageId: 'notFree', pointer: '/rights/costs/free', target: 'value' });
    if (Array.isArray(costs?.charges) && costs!.charges.includes('other')) ctx.report({ messageId: 'otherCharge', pointer: '/rights/costs/charges', target: 'value' });
    if (typeof costs?.freePages === 'number' && costs.freePages < 20) ctx.report({ messageId: 'freePages', data: { pages: costs.freePages }, pointer: '/rights/costs/freePages', target: 'value' });
    for (const t of ctx.facts.texts) {
      if (!isProse(t) || !t.pointer.startsWith('/rights') || t.pointer.startsWith('/rights/reviewRemedy')) continue;
      // One clause at a time: "La solicitud es gratuita; la copia certificada tiene un costo" is fine.
      let offset = 0;
      for (const clause of t.folded.split(/(?<=[.;])\s+|\n+/)) {
        const at = t.folded.indexOf(clause, offset);
        offset = at + clause.length;
        const m = CHARGE.exec(clause);
        if (!m || ALLOWED.test(clause)) continue;
        const what = FOR.exec(clause);
        if (!what) continue;
        const safe = t.folded.length === t.text.length;
        ctx.report({ messageId: 'charge', data: { what: safe ? t.text.slice(at + what.index, at + what.index + what[0].length) : what[0] }, pointer: t.pointer, target: 'value', ...(safe ? { span: [at + m.index, at + m.index + m[0].length] as const } : {}) });
        break;
      }
    }
  },
});
