import type { Citation } from '../../diagnostics/diagnostic.js';

/** Article texts as shipped in legal/lgpdppso-2025.json: article number -> text (one paragraph per line). */
export type ArticleTexts = Readonly<Record<string, string>>;

const ORDINALS: Record<string, number> = { primero: 0, segundo: 1, tercero: 2, cuarto: 3, quinto: 4 };
const FRACTION = /^[IVXL]+\.\s/;

/**
 * The part of the article a citation points at: the fraction (with its incisos) or the paragraph,
 * preceded by the article's opening line; the whole article when the citation names neither.
 */
export function articleExcerpt(texts: ArticleTexts, c: Citation): string | undefined {
  if (c.law !== 'LGPDPPSO-2025') return undefined;
  const text = texts[String(c.article)];
  if (!text) return undefined;
  const lines = text.split('\n');
  if (c.fraction) {
    const at = lines.findIndex((l) => l.startsWith(`${c.fraction}. `));
    if (at < 0) return text;
    let end = at + 1;
    while (end < lines.length && !FRACTION.test(lines[end]!) && /^[a-z]\)\s/.test(lines[end]!)) end++;
    const head = at > 0 ? [lines[0]!, '…'] : [];
    return [...head, ...lines.slice(at, end)].join('\n');
  }
  if (c.paragraph) {
    // Paragraphs are the lines that are not fractions or incisos.
    const paras = lines.map((l, i) => ({ l, i })).filter(({ l }) => !FRACTION.test(l) && !/^[a-z]\)\s/.test(l));
    const pick = c.paragraph === 'último' ? paras[paras.length - 1] : c.paragraph === 'penúltimo' ? paras[paras.length - 2] : paras[ORDINALS[c.paragraph] ?? -1];
    if (!pick) return text;
    return pick.i === 0 ? pick.l : [lines[0]!.split('. ').slice(0, 1).join('') + '. …', pick.l].join('\n');
  }
  return text;
}
