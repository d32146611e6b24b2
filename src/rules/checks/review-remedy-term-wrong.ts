import { defineRule } from '../define-rule.js';
import { sentenceAround } from '../shared/citations.js';
import { daysIn } from '../shared/days.js';
import { isProse } from '../shared/walk.js';

const REMEDY = /\brecurso de revision\b/;

export default defineRule({
  id: 'review-remedy-term-wrong',
  title: { es: 'Plazo del recurso de revisión distinto del de la ley', en: 'Review appeal period differs from the law' },
  citation: { law: 'LGPDPPSO-2025', article: 86, paragraph: 'primero' },
  confidence: 'VERIFIED',
  quote:
    'Artículo 86. La persona titular o su representante podrá interponer un recurso de revisión ante la Secretaría o las Autoridades garantes, según corresponda, o bien, ante la Unidad de Transparencia que haya conocido de la solicitud para el ejercicio de los derechos ARCO dentro de un plazo que no podrá exceder de quince días contados a partir de la notificación de la respuesta, a través de los siguientes medios:',
  defaultSeverity: 'warning',
  messages: {
    term: {
      es: 'El aviso da {days} días para interponer el recurso de revisión; el art. 86 da quince días contados a partir de la notificación de la respuesta.',
      en: 'The notice gives {days} days to file the review appeal; art. 86 gives fifteen days from notice of the answer.',
    },
  },
  docs: {
    checks: {
      es: 'Que, si el aviso menciona el recurso de revisión con un plazo, el plazo sea el del art. 86: quince días hábiles desde la notificación de la respuesta. Mencionar el recurso no es obligatorio; un plazo distinto, en más o en menos, informa mal a la persona.',
      en: 'That, if the notice mentions the review appeal with a period, the period is art. 86\'s: fifteen working days from notice of the answer. Mentioning the appeal is optional; a different period, longer or shorter, misinforms people.',
    },
    why: {
      es: 'Contra la respuesta o la falta de respuesta a una solicitud ARCO procede el recurso de revisión (art. 50), que se interpone dentro de quince días (art. 86). Un plazo menor desanima a quien aún puede recurrir; uno mayor hace que el recurso llegue tarde.',
      en: 'The review appeal lies against the answer or the lack of one (art. 50) and is filed within fifteen days (art. 86). A shorter period discourages those who may still appeal; a longer one makes the appeal late.',
    },
    fix: { es: 'Escriba «dentro de los quince días hábiles siguientes a la notificación de la respuesta».', en: 'Write "within fifteen working days of notice of the answer".' },
  },
  check(ctx) {
    for (const t of ctx.facts.texts) {
      if (!isProse(t) || !REMEDY.test(t.folded)) continue;
      const safe = t.folded.length === t.text.length;
      for (const m of daysIn(t.folded)) {
        const sentence = sentenceAround(t.folded, m.span[0], m.span[1]);
        if (!REMEDY.test(sentence) || m.days === 15 || m.unit === 'naturales') continue;
        // The number must be the appeal's period, not the ARCO answer's ("20 días … recurso").
        const before = t.folded.slice(Math.max(0, m.span[0] - 80), m.span[0]);
        if (!/\b(?:interpon|present|promov|dentro de|plazo de|cuenta con|tiene)\w*/.test(before) || /\brespuesta en\b|\bresponder\b|\bampli/.test(before)) continue;
        ctx.report({ messageId: 'term', data: { days: m.days }, pointer: t.pointer, target: 'value', ...(safe ? { span: m.span } : {}) });
        break;
      }
    }
  },
});
