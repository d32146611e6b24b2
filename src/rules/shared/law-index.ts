import { LGPDPPSO_2025_INDEX } from '../data/lgpdppso-2025-index.js';
import { ORDINAL_NUMBER, type CitedProvision } from './citations.js';

const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** I → 1, XXXII → 32 (or NaN). */
export function romanToNumber(r: string): number {
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = ROMAN_VALUE[r[i]!];
    const next = ROMAN_VALUE[r[i + 1] ?? ''] ?? 0;
    if (v === undefined) return NaN;
    total += v < next ? -v : v;
  }
  return total;
}

export interface ProvisionProblem {
  /** Message id of citation-unknown-provision. */
  kind: 'article' | 'fraction' | 'noFractions' | 'paragraph' | 'inciso';
  data: Record<string, string | number>;
}

const ARTICLES = Object.keys(LGPDPPSO_2025_INDEX).length;

/** Whether the LGPDPPSO 2025 has the cited article, fractions, paragraphs and incisos. */
export function provisionProblems(p: Pick<CitedProvision, 'article' | 'fractions' | 'paragraphs' | 'incisos' | 'written'>): ProvisionProblem[] {
  const art = LGPDPPSO_2025_INDEX[String(p.article)];
  if (!art || /\bbis\b/i.test(p.written)) return [{ kind: 'article', data: { article: p.written || p.article, count: ARTICLES } }];
  const out: ProvisionProblem[] = [];
  const fractions = Object.keys(art.fractions);
  for (const f of p.fractions) {
    const fr = f.trim().toUpperCase();
    if (!fractions.length) out.push({ kind: 'noFractions', data: { article: p.article, fraction: fr } });
    else if (!(fr in art.fractions)) out.push({ kind: 'fraction', data: { article: p.article, fraction: fr, last: fractions[fractions.length - 1]! } });
  }
  // A paragraph cited together with a fraction may be a paragraph of the fraction: not checked.
  if (!p.fractions.length) {
    for (const par of p.paragraphs) {
      const n = par === 'último' ? 1 : par === 'penúltimo' ? 2 : ORDINAL_NUMBER[par] ?? Number(par);
      if (Number.isFinite(n) && n > art.paragraphs) out.push({ kind: 'paragraph', data: { article: p.article, paragraph: par, count: art.paragraphs } });
    }
  }
  if (p.incisos.length && p.fractions.length === 1) {
    const fr = p.fractions[0]!.trim().toUpperCase();
    const known = art.incisos?.[fr];
    if (fr in art.fractions) {
      for (const i of p.incisos) if (!known?.includes(i.toLowerCase())) out.push({ kind: 'inciso', data: { article: p.article, fraction: fr, inciso: `${i})` } });
    }
  }
  return out;
}

/** The articles of a chapter or topic of the 2025 law, for topic checks. */
export function articleExists(n: number): boolean {
  return String(n) in LGPDPPSO_2025_INDEX;
}
