import { defineRule } from '../define-rule.js';

const IDENTITY = /\bidentificacion\b|\bacredit\w* (?:su |la )?identidad|\bdocumentos? (?:de|que acrediten (?:su |la )?) ?identidad/;
const DEADLINES = /\b(?:\d+|veinte|quince|diez|treinta) dias\b[^.]{0,60}\b(?:respuesta|respond|efectiv)|\b(?:respuesta|respond|contest)\w*[^.]{0,80}\b(?:\d+|veinte|quince|diez|treinta) dias\b/;
const FREE = /\bgratuit|\bsin costo\b|\bno tiene costo\b/;

export default defineRule({
  id: 'arco-procedure-incomplete',
  title: { es: 'Procedimiento ARCO incompleto', en: 'Incomplete ARCO procedure' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'V' },
  confidence: 'VERIFIED',
  quote: 'V. Los mecanismos, medios y procedimientos disponibles para ejercer los derechos ARCO;',
  defaultSeverity: 'warning',
  messages: {
    requirements: {
      es: 'El aviso no dice qué debe contener la solicitud ARCO (art. 46) ni enlaza el procedimiento.',
      en: 'The notice does not say what an ARCO request must contain (art. 46), nor link the procedure.',
    },
    identity: {
      es: 'El aviso no dice cómo se acredita la identidad del titular o de su representante (art. 43).',
      en: 'The notice does not say how the identity of the data subject or representative is proven (art. 43).',
    },
    deadlines: {
      es: 'El aviso no informa los plazos de respuesta (20 días, ampliables 10) y de ejecución (15 días) (art. 45).',
      en: 'The notice does not give the response (20 days, extendable by 10) and execution (15 days) deadlines (art. 45).',
    },
    fees: {
      es: 'El aviso no dice que el ejercicio de los derechos ARCO es gratuito, salvo costos de reproducción, certificación o envío (art. 44).',
      en: 'The notice does not say that exercising ARCO rights is free, except reproduction, certification or shipping costs (art. 44).',
    },
  },
  docs: {
    checks: {
      es: 'Que la sección de derechos ARCO diga los requisitos de la solicitud, cómo se acredita la identidad, los plazos y la gratuidad; cada parte faltante es un hallazgo.',
      en: 'That the ARCO section states the request requirements, how identity is proven, the deadlines and that it is free; each missing part is one finding.',
    },
    why: {
      es: 'El art. 21 fr. V pide los «procedimientos» para ejercer los derechos, no solo los medios. Los arts. 43 (identidad y representación), 44 (gratuidad), 45 (plazos) y 46 (requisitos) definen ese procedimiento.',
      en: 'Art. 21 fr. V asks for the "procedures" to exercise the rights, not only the channels. Arts. 43 (identity, representation), 44 (free of charge), 45 (deadlines) and 46 (requirements) define that procedure.',
    },
    fix: {
      es: 'Complete `rights.requirements`, `rights.identity`, `rights.deadlines` y `rights.fees`, o enlace el procedimiento completo en `rights.procedureUrl`.',
      en: 'Fill in `rights.requirements`, `rights.identity`, `rights.deadlines` and `rights.fees`, or link the full procedure in `rights.procedureUrl`.',
    },
  },
  check(ctx) {
    const r = ctx.notice.rights;
    if (!r || typeof r !== 'object') return;
    // What the rights section says in words counts as much as the structured fields.
    const said = ctx.facts.texts.filter((t) => t.pointer.startsWith('/rights') && !t.pointer.startsWith('/rights/reviewRemedy')).map((t) => t.folded).join('\n');
    const costs = (r as { costs?: { free?: unknown; text?: unknown; charges?: unknown } }).costs;
    const linked = typeof r.procedureUrl === 'string';
    if (!linked && !(Array.isArray(r.requirements) && r.requirements.length)) ctx.report({ messageId: 'requirements', pointer: '/rights' });
    if (!linked && !r.identity && !IDENTITY.test(said)) ctx.report({ messageId: 'identity', pointer: '/rights' });
    if (!r.deadlines && !DEADLINES.test(said)) ctx.report({ messageId: 'deadlines', pointer: '/rights' });
    if (!r.fees && !(costs && typeof costs === 'object' && (costs.free !== undefined || costs.text || costs.charges)) && !FREE.test(said)) ctx.report({ messageId: 'fees', pointer: '/rights' });
  },
});
