import { defineRule } from '../define-rule.js';
import { sentenceAround } from '../shared/citations.js';
import { daysIn } from '../shared/days.js';
import { isProse } from '../shared/walk.js';

/** art. 45: response 20 days, one extension of up to 10, effective within 15 (días hábiles, art. 3 fr. XII). */
const LIMITS = { response: 20, extension: 10, effective: 15 } as const;
type Kind = keyof typeof LIMITS;

const SAME_AGAIN = /\bampli\w*[^.;]{0,60}?\bpor (?:un|otro) (?:periodo|plazo|termino) (?:igual|similar|identico)\b|\bampli\w*[^.;]{0,60}?\bpor el mismo (?:periodo|plazo|termino)\b/;
/** "podrá ampliarse hasta en dos ocasiones", "prorrogable dos veces": more than the one extension art. 45 allows. */
const REPEATED = /\b(?:ampli|prorrog)\w*[^.;]{0,40}?\b(?:hasta )?(?:en )?(?:dos|tres|2|3|varias|mas de una) (?:ocasiones|veces)\b|\b(?:dos|tres|2|3|varias) (?:ocasiones|veces)\b[^.;]{0,20}?\b(?:ampli|prorrog)\w*/;
const RESPONSE = /\brespuesta|\brespond|\bcontest|\bresolver|\bresolucion|\batender|\batencion|\bdar tramite/;
const ARCO = /\barco\b|\bsolicitud|\bderechos? de acceso\b/;
const NOT_ARCO_G = /\bprevenc|\bprevenir|\bprevendr|\bsubsan|\bincompeten|\brecurso|\brevision\b|\bnotificacion de la respuesta\b|\bconservar|\bconservaran|\bbloqueo\b/g;

function classify(folded: string, start: number, sentenceStart: number): Kind | undefined {
  const before = folded.slice(Math.max(sentenceStart, start - 70), start);
  // The nearest cue before the number decides: "ampliable por diez días, y efectivo en quince".
  const last = (re: RegExp): number => Math.max(-1, ...[...before.matchAll(re)].map((m) => m.index!));
  const cues: [Kind | 'none', number][] = [
    ['none', last(NOT_ARCO_G)],
    ['extension', last(/\bampli|\bprorrog|\badicional/g)],
    ['effective', last(/\befectiv|\bejecut|\bhacer valer\b/g)],
  ];
  const [kind, at] = cues.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (at < 0) return 'response';
  return kind === 'none' ? undefined : kind;
}

export default defineRule({
  id: 'arco-deadline-exceeds-law',
  title: { es: 'Plazo ARCO mayor que el que permite la ley', en: 'ARCO deadline longer than the law allows' },
  citation: { law: 'LGPDPPSO-2025', article: 45 },
  confidence: 'VERIFIED',
  quote:
    'Artículo 45. El responsable deberá establecer procedimientos sencillos que permitan el ejercicio de los derechos ARCO, cuyo plazo de respuesta no deberá exceder de veinte días contados a partir del día siguiente a la recepción de la solicitud. … El plazo referido en el párrafo anterior podrá ser ampliado por una sola vez hasta por diez días cuando así lo justifiquen las circunstancias, siempre y cuando se le notifique a la persona titular dentro del plazo de respuesta. … En caso de resultar procedente el ejercicio de los derechos ARCO, el responsable deberá hacerlo efectivo en un plazo que no podrá exceder de quince días contados a partir del día siguiente en que se haya notificado la respuesta a la persona titular.',
  defaultSeverity: 'error',
  messages: {
    response: {
      es: 'El aviso da {days} días para responder la solicitud ARCO; el art. 45 fija un máximo de 20 días hábiles.',
      en: 'The notice gives {days} days to answer the ARCO request; art. 45 sets a maximum of 20 working days.',
    },
    extension: {
      es: 'El aviso permite ampliar el plazo de respuesta {days} días; el art. 45 permite ampliarlo una sola vez hasta por 10 días hábiles.',
      en: 'The notice allows extending the response period by {days} days; art. 45 allows one extension of up to 10 working days.',
    },
    repeated: {
      es: 'El aviso permite ampliar el plazo de respuesta más de una vez («{phrase}»); el art. 45 permite ampliarlo una sola vez hasta por 10 días hábiles.',
      en: 'The notice allows extending the response period more than once ("{phrase}"); art. 45 allows one extension of up to 10 working days.',
    },
    effective: {
      es: 'El aviso da {days} días para hacer efectivo el derecho; el art. 45 fija un máximo de 15 días hábiles desde la notificación de la respuesta.',
      en: 'The notice gives {days} days to make the right effective; art. 45 sets a maximum of 15 working days from notice of the answer.',
    },
  },
  docs: {
    checks: {
      es: 'Que los plazos ARCO que el aviso da no excedan los del art. 45: responder en 20 días hábiles, ampliables una sola vez hasta por 10, y hacer efectivo el derecho en 15. Se leen los números estructurados (`rights.deadlines.responseDays`, `extensionDays`, `effectiveDays`) y las frases de la sección de derechos («30 días hábiles para dar respuesta», «ampliable por un periodo igual», «podrá ampliarse hasta en dos ocasiones»). Un plazo en días naturales no se compara (no se puede convertir con certeza), ni los plazos de prevención, incompetencia o del recurso de revisión. Que el aviso no dé plazos lo informa `arco-procedure-incomplete`.',
      en: 'That the ARCO deadlines the notice gives do not exceed art. 45: answer within 20 working days, extendable once by up to 10, and make the right effective within 15. Structured numbers (`rights.deadlines.*Days`) and sentences of the rights section are read («ampliable por un periodo igual», «podrá ampliarse hasta en dos ocasiones»). Calendar-day periods are not compared (they cannot be converted with certainty), nor the periods for requests to correct, incompetence or the review appeal. A notice giving no deadline is reported by `arco-procedure-incomplete`.',
    },
    why: {
      es: 'El art. 45 fija plazos máximos: un aviso que promete uno mayor anuncia un procedimiento contrario a la ley y hace creer a la persona que debe esperar más de lo que la ley permite. Los días son hábiles (art. 3 fr. XII).',
      en: 'Art. 45 sets maximum periods: a notice promising a longer one announces a procedure contrary to the law and makes people believe they must wait longer than the law allows. Days are working days (art. 3 fr. XII).',
    },
    fix: {
      es: 'Escriba los plazos de la ley: respuesta en un máximo de 20 días hábiles, ampliable una sola vez hasta por 10 días hábiles, y ejecución en un máximo de 15 días hábiles.',
      en: 'Write the law\'s deadlines: answer within at most 20 working days, extendable once by up to 10 working days, and execution within at most 15 working days.',
    },
  },
  check(ctx) {
    const d = ctx.notice.rights?.deadlines;
    const numbers: [Kind, unknown][] = [['response', d?.responseDays], ['extension', d?.extensionDays], ['effective', d?.effectiveDays]];
    const structured = new Set<Kind>();
    for (const [kind, v] of numbers) {
      if (typeof v !== 'number') continue;
      structured.add(kind);
      if (v > LIMITS[kind]) ctx.report({ messageId: kind, data: { days: v }, pointer: `/rights/deadlines/${kind}Days`, target: 'value' });
    }
    for (const t of ctx.facts.texts) {
      if (!isProse(t)) continue;
      const inRights = t.pointer.startsWith('/rights') && !t.pointer.startsWith('/rights/reviewRemedy');
      const inSection = t.pointer.startsWith('/sections') && /\barco\b/.test(t.folded);
      if (!inRights && !inSection) continue;
      const safe = t.folded.length === t.text.length;
      const again = REPEATED.exec(t.folded);
      if (again && (inRights || ARCO.test(sentenceAround(t.folded, again.index, again.index + again[0].length)))) {
        const phrase = safe ? t.text.slice(again.index, again.index + again[0].length) : again[0];
        ctx.report({ messageId: 'repeated', data: { phrase }, pointer: t.pointer, target: 'value', ...(safe ? { span: [again.index, again.index + again[0].length] as [number, number] } : {}) });
      }
      for (const m of daysIn(t.folded)) {
        if (m.unit === 'naturales') continue;
        const sentence = sentenceAround(t.folded, m.span[0], m.span[1]);
        if (!RESPONSE.test(sentence) || !(ARCO.test(sentence) || inRights)) continue;
        const sentenceStart = t.folded.indexOf(sentence);
        const kind = classify(t.folded, m.span[0], sentenceStart);
        if (!kind || structured.has(kind)) continue;
        const span = safe ? m.span : undefined;
        if (m.days > LIMITS[kind]) ctx.report({ messageId: kind, data: { days: m.days }, pointer: t.pointer, target: 'value', ...(span ? { span } : {}) });
        // "ampliable por un periodo igual": the extension equals the response period.
        if (kind === 'response' && SAME_AGAIN.test(sentence) && m.days > LIMITS.extension && !structured.has('extension')) {
          ctx.report({ messageId: 'extension', data: { days: m.days }, pointer: t.pointer, target: 'value', ...(span ? { span } : {}) });
        }
      }
    }
  },
});
