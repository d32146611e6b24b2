import { defineRule } from '../define-rule.js';
import { fold } from '../shared/walk.js';

/** Well-known slips in constitutional citations: "artículo 60 apartado A" for 6o, Apartado A. */
/** Well-known slips in constitutional citations: "artículo 60 apartado A" for 6o, Apartado A. */
const SLIPS: readonly { pattern: RegExp; wrong: string; right: string }[] = [
  { pattern: /(?:\bart(?:iculo|\.)s?\s+|[;,]\s*)60,? (?:apartado|base|inciso) a\b/, wrong: 'artículo 60 apartado A', right: 'artículo 6o., apartado A' },
];
/** The slip is about the Constitution only when the citation is attributed to it. */
const CONSTITUTION = /\bconstitucion\b|\bcpeum\b/;

export default defineRule({
  id: 'citation-slip',
  title: { es: 'Error conocido en una cita legal', en: 'Known slip in a legal citation' },
  citation: { law: 'LGPDPPSO-2025', article: 1 },
  confidence: 'VERIFIED',
  quote: 'Artículo 1. La presente Ley es reglamentaria de los artículos 6o., Base A, y 16, segundo párrafo, de la Constitución Política de los Estados Unidos Mexicanos',
  defaultSeverity: 'warning',
  messages: {
    slip: {
      es: 'El texto cita «{wrong}»; probablemente quiso decir «{right}» de la Constitución.',
      en: 'The text cites "{wrong}"; it probably means "{right}" of the Constitution.',
    },
    structured: {
      es: 'Se cita el artículo 60, apartado A, de la Constitución; el derecho a la protección de datos está en el artículo 6o., apartado A (y 16, párrafo segundo).',
      en: 'Article 60, section A, of the Constitution is cited; data protection is in article 6o., section A (and 16, second paragraph).',
    },
  },
  docs: {
    checks: {
      es: 'Busca errores frecuentes de transcripción en las citas, como «artículo 60 apartado A» de la Constitución en lugar de «6o., apartado A».',
      en: 'Looks for frequent transcription slips in citations, such as Constitution "artículo 60 apartado A" instead of "6o., apartado A".',
    },
    why: {
      es: 'El art. 1 de la LGPDPPSO dice que la ley reglamenta los artículos 6o., Base A, y 16, segundo párrafo, de la Constitución. El artículo 60 trata de otra materia (calificación de elecciones): la cita no fundamenta nada (art. 21 fr. III).',
      en: 'LGPDPPSO art. 1 says the law regulates articles 6o., Base A, and 16, second paragraph, of the Constitution. Article 60 is about something else (election results): the citation grounds nothing (art. 21 fr. III).',
    },
    fix: { es: 'Corrija la cita: «artículos 6o., apartado A, y 16, párrafo segundo, de la Constitución Política de los Estados Unidos Mexicanos».', en: 'Correct the citation: "artículos 6o., apartado A, y 16, párrafo segundo, de la Constitución Política de los Estados Unidos Mexicanos".' },
  },
  check(ctx) {
    for (const t of ctx.facts.texts) {
      for (const s of SLIPS) {
        const m = s.pattern.exec(t.folded);
        if (m && CONSTITUTION.test(t.folded.slice(m.index, m.index + 200))) ctx.report({ messageId: 'slip', data: { wrong: s.wrong, right: s.right }, pointer: t.pointer, target: 'value' });
      }
    }
    const lb = ctx.notice.legalBasis;
    const instruments = lb && typeof lb === 'object' ? [['attribution', lb.attribution], ['dataProtection', lb.dataProtection], ['other', lb.other]] as const : [];
    for (const [key, list] of instruments) {
      (list ?? []).forEach((ins, i) => {
        if (ins?.kind !== 'constitution') return;
        (ins.provisions ?? []).forEach((p, j) => {
          if (p && String(p.article ?? '').trim() === '60' && /^a$/i.test(String(p.apartado ?? '').trim())) {
            ctx.report({ messageId: 'structured', pointer: `/legalBasis/${key}/${i}/provisions/${j}/article`, target: 'value' });
          }
        });
      });
    }
  },
});
