import type { Citation, Lang } from './diagnostic.js';

const LAW_LABEL: Record<Citation['law'], string> = {
  'LGPDPPSO-2025': 'LGPDPPSO 2025',
  'LGPDPPSO-2017': 'LGPDPPSO 2017',
  'LFPDPPP-2025': 'LFPDPPP 2025',
};

const PARAGRAPH_EN: Record<string, string> = {
  primero: 'first',
  segundo: 'second',
  tercero: 'third',
  cuarto: 'fourth',
  quinto: 'fifth',
  último: 'last',
  penúltimo: 'second-to-last',
};

// Spanish legal usage: "último párrafo", "penúltimo párrafo", but "párrafo tercero".
function spanishParagraph(p: string): string {
  return p === 'último' || p === 'penúltimo' ? `${p} párrafo` : `párrafo ${p}`;
}

/** "LGPDPPSO 2025, art. 21, fr. VIII, último párrafo" (es) or "…, art. 21, sec. VIII, last paragraph" (en). */
export function formatCitation(c: Citation, lang: Lang = 'es'): string {
  const parts = [LAW_LABEL[c.law], `art. ${c.article}`];
  if (c.fraction) parts.push(lang === 'es' ? `fr. ${c.fraction}` : `sec. ${c.fraction}`);
  if (c.inciso) parts.push(lang === 'es' ? `inciso ${c.inciso}` : `item ${c.inciso}`);
  if (c.paragraph) {
    parts.push(lang === 'es' ? spanishParagraph(c.paragraph) : `${PARAGRAPH_EN[c.paragraph] ?? c.paragraph} paragraph`);
  }
  return parts.join(', ');
}

const ROMAN = /^[IVXL]+$/;

/** Invariant check used by tests: a citation is well-formed. */
export function isValidCitation(c: Citation): boolean {
  return (
    c.law in LAW_LABEL &&
    Number.isInteger(c.article) &&
    c.article > 0 &&
    (c.fraction === undefined || ROMAN.test(c.fraction))
  );
}
