import { VAGUE_PHRASES } from '../data/vague-phrases.js';
import { defineRule } from '../define-rule.js';
import { isProse } from '../shared/walk.js';

/** One alternation with a named group per phrase: a single scan per text field. */
const ANY = new RegExp(VAGUE_PHRASES.map((p, i) => `(?<p${i}>${p.pattern})`).join('|'), 'g');

export default defineRule({
  id: 'vague-language',
  title: { es: 'Frase vaga o abierta', en: 'Vague or open-ended phrase' },
  citation: { law: 'LGPDPPSO-2025', article: 20, paragraph: 'tercero' },
  confidence: 'VERIFIED',
  quote: 'Para que el aviso de privacidad cumpla de manera eficiente con su función de informar, deberá estar redactado y estructurado de manera clara y sencilla.',
  defaultSeverity: 'warning',
  messages: {
    vague: {
      es: 'Frase vaga: «{phrase}»; {suggestion}.',
      en: 'Vague phrase: "{phrase}"; {suggestion}.',
    },
  },
  docs: {
    checks: {
      es: 'Busca en todos los textos frases vagas o abiertas: «entre otros», «como por ejemplo», «etc.», «y/o», «de manera enunciativa mas no limitativa», «sin ser limitativos», «(salvo excepciones)», «o por otras causas», «en la siguiente liga» sin dirección… La lista es un archivo de datos que el equipo jurídico amplía: `src/rules/data/vague-phrases.ts`.',
      en: 'Looks in every text for vague or open-ended phrases: "entre otros", "como por ejemplo", "etc.", "y/o", "de manera enunciativa mas no limitativa", "sin ser limitativos", "(salvo excepciones)", "o por otras causas", "en la siguiente liga" with no address… The list is a data file the legal team extends: `src/rules/data/vague-phrases.ts`.',
    },
    why: {
      es: 'El art. 20 ¶3 exige que el aviso esté «redactado y estructurado de manera clara y sencilla». La guía del INAI pedía no usar frases como «entre otros»: son ambiguas y de libre interpretación, y dejan abierta la lista de datos, finalidades o medios que la ley exige enumerar (art. 21).',
      en: 'Art. 20 ¶3 requires the notice to be "drafted and structured clearly and simply". INAI guidance asked not to use phrases like "entre otros": they are ambiguous and leave open the lists of data, purposes or channels the law requires (art. 21).',
    },
    fix: { es: 'Sustituya la frase por la lista completa y cerrada, o diga cuáles son las excepciones o causas.', en: 'Replace the phrase with the complete, closed list, or state the exceptions or causes.' },
  },
  check(ctx) {
    // "en la siguiente liga" is fine when the same block carries the link in its `url` field.
    const withUrl = new Set(ctx.facts.texts.filter((t) => t.key === 'url').map((t) => t.pointer.slice(0, t.pointer.lastIndexOf('/'))));
    for (const t of ctx.facts.texts) {
      // The name of a law or standard is quoted as issued, vague words included.
      if (!isProse(t) || t.key === 'instrument') continue;
      ANY.lastIndex = 0;
      const reported = new Set<number>();
      for (let m = ANY.exec(t.folded); m; m = ANY.exec(t.folded)) {
        const i = VAGUE_PHRASES.findIndex((_, k) => m!.groups?.[`p${k}`] !== undefined);
        const phrase = VAGUE_PHRASES[i];
        if (!phrase || reported.has(i) || insideQuotes(t.text, m.index)) continue;
        if (phrase.id === 'siguiente-liga-sin-url' && withUrl.has(t.pointer.slice(0, t.pointer.lastIndexOf('/')))) continue;
        reported.add(i);
        const span = t.folded.length === t.text.length ? ([m.index, m.index + m[0].length] as const) : undefined;
        // Quote the author's own words when they can be located; the catalogue's form otherwise.
        const words = span ? t.text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim() : '';
        ctx.report({ messageId: 'vague', data: { phrase: words || phrase.shown, suggestion: phrase.suggestion[ctx.lang] }, pointer: t.pointer, target: 'value', ...(span ? { span } : {}) });
      }
    }
  },
});

const OPEN: Record<string, string> = { '«': '»', '“': '”', '"': '"' };

/** Inside a quotation («…», “…”, "…"): the title of a law or a literal quote, not the notice's own words. */
function insideQuotes(text: string, at: number): boolean {
  for (const [open, close] of Object.entries(OPEN)) {
    const o = text.lastIndexOf(open, at - 1);
    if (o < 0) continue;
    const c = open === close ? text.indexOf(close, o + 1) : text.lastIndexOf(close, at - 1);
    if (open === close ? c > at : c < o) {
      if (text.indexOf(close, at) >= 0) return true;
    }
  }
  return false;
}
