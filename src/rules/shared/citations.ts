import type { LawCitation, LegalInstrument, Notice } from '../../model/notice.js';
import type { TextField } from './walk.js';

/**
 * Citations of the LGPDPPSO a notice makes, in prose ("artículos 16, fracciones VII y IX, 20, 21 y
 * 22 de la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados") and in
 * structured fields (legal instruments, `{ law, article, fraction }`), with where each sits, so the
 * citation rules check them against the index of the law (src/rules/data/lgpdppso-2025-index.ts).
 * Parsing is deliberately strict: a list is read only when it is attached to a mention of the law.
 */

export interface CitedProvision {
  article: number;
  /** As written: `16`, `6o.`, `16 Bis`. */
  written: string;
  fractions: string[];
  /** Spanish ordinals, normalised: primero, segundo, …, último, penúltimo. */
  paragraphs: string[];
  incisos: string[];
  /** Where the provision's article number sits in the text ([start, end) of the field's text). */
  span?: [number, number];
  /** Set when the article is the end of a range ("37 a 51"). */
  rangeEnd?: boolean;
}

export type LawYear = 2017 | 2025 | undefined;

export interface LawCitationFound {
  pointer: string;
  /** 'text' for prose, 'structured' for fields. */
  kind: 'text' | 'structured';
  /** The year of the law the notice names (from a publication date or a `law` field), if any. */
  year: LawYear;
  provisions: CitedProvision[];
  /** The sentence holding the citation, folded (lower case, no accents), for topic checks. */
  sentence: string;
  /** Where the law is named in the text ([start, end)). */
  lawSpan?: [number, number];
}

/** The LGPDPPSO by name or acronym, in folded text. State laws ("Ley de Protección…") do not match. */
export const LGPDPPSO_NAME = /\bley general de (?:proteccion de )?datos personales en posesion de (?:los )?sujetos obligados\b|\blgpdppso\b/g;

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** "publicada en el Diario Oficial de la Federación el 26 de enero de 2017", "DOF 26-01-2017", "(DOF 20/03/2025)". */
export const PUBLISHED = new RegExp(
  String.raw`(?:publicad[oa]s?|expedid[oa]s?|vigente)?[^.;()]{0,12}?\b(?:en el |en )?(?:diario oficial de la federacion|d\.?o\.?f\.?)[,:]?\s*(?:el |del |de fecha )?(?:dia )?` +
    String.raw`(?:(\d{1,2})(?:o|º)? de (${MONTHS.join('|')}) de(?:l ano)? (\d{4})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}))`,
  'g',
);

/** A publication date found after a law's name: ISO date and its span. */
export interface PublicationDate {
  iso: string;
  span: [number, number];
}

export function publicationAt(folded: string, from: number, maxGap = 40): PublicationDate | undefined {
  // The gazette's name starts at most ~30 characters into a match ("expedida … en el "), so a
  // match within maxGap has it in this window; without it the expression would scan the whole rest
  // of the text for nothing (it runs after every mention of a law, on every text).
  if (!/diario oficial|d\.?o\.?f/.test(folded.slice(from, from + maxGap + 60))) return undefined;
  PUBLISHED.lastIndex = from;
  const m = PUBLISHED.exec(folded);
  if (!m || m.index - from > maxGap) return undefined;
  // Nothing but punctuation, "(", a year or "vigente" may sit between the name and the date.
  const gap = folded.slice(from, m.index);
  if (/[a-z]{4,}/.test(gap.replace(/\b(?:de|la|el|y|en|su|sus|vigente|publicad[oa])\b/g, ''))) return undefined;
  const [day, month, year] = m[1] ? [Number(m[1]), MONTHS.indexOf(m[2]!) + 1, m[3]] : [Number(m[4]), Number(m[5]), m[6]];
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, span: [m.index, m.index + m[0].length] };
}

// ---- tokens of a citation list ---------------------------------------------------------------

type Tok =
  | { t: 'art' | 'fr' | 'par' | 'inc' | 'and' | 'comma' | 'range' | 'del'; s: number; e: number }
  | { t: 'num'; s: number; e: number; n: number; w: string }
  | { t: 'roman'; s: number; e: number; v: string }
  | { t: 'ord'; s: number; e: number; v: string }
  | { t: 'letter'; s: number; e: number; v: string }
  | { t: 'other'; s: number; e: number };

const ORDINALS: Record<string, string> = {
  primer: 'primero', primero: 'primero', primera: 'primero', segundo: 'segundo', segunda: 'segundo', tercer: 'tercero', tercero: 'tercero', tercera: 'tercero',
  cuarto: 'cuarto', cuarta: 'cuarto', quinto: 'quinto', quinta: 'quinto', sexto: 'sexto', sexta: 'sexto', septimo: 'septimo', septima: 'septimo',
  octavo: 'octavo', octava: 'octavo', noveno: 'noveno', novena: 'noveno', decimo: 'decimo', decima: 'decimo',
  ultimo: 'último', ultima: 'último', penultimo: 'penúltimo', penultima: 'penúltimo',
};
export const ORDINAL_NUMBER: Record<string, number> = { primero: 1, segundo: 2, tercero: 3, cuarto: 4, quinto: 5, sexto: 6, septimo: 7, octavo: 8, noveno: 9, decimo: 10 };

// Matched on folded text (same length as the original for Spanish), romans checked on the original.
const TOKEN = /(articulos?|arts?\.?)|(fracci(?:ones|on)|fracs?\.|frs?\.)|(parrafos?|parrs?\.)|(incisos?|inc\.)|(\d+)(?:\s?(o|º|°)\.?)?(\s+bis\b)?|\b([ivxl]+)\b|\b([a-z])\)|\b(primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|septim[oa]|octav[oa]|noven[oa]|decim[oa]|ultim[oa]|penultim[oa])\b|\b(y|e)\b|(,|;)|\b(a|al|hasta)\b|\b(del|de los|de la)\b|([^\s,;]+)/g;

function tokenize(folded: string, original: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(folded); m && m.index < to; m = TOKEN.exec(folded)) {
    const s = m.index;
    const e = s + m[0].length;
    if (m[1]) out.push({ t: 'art', s, e });
    else if (m[2]) out.push({ t: 'fr', s, e });
    else if (m[3]) out.push({ t: 'par', s, e });
    else if (m[4]) out.push({ t: 'inc', s, e });
    else if (m[5]) out.push({ t: 'num', s, e, n: Number(m[5]), w: original.slice(s, e).trim() });
    else if (m[8]) {
      const o = original.slice(s, e);
      // Roman numerals are written in capitals; "i", "v" or "x" in lower case are not fractions.
      out.push(/^[IVXL]+$/.test(o) ? { t: 'roman', s, e, v: o } : { t: 'other', s, e });
    } else if (m[9]) out.push({ t: 'letter', s, e, v: m[9] });
    else if (m[10]) out.push({ t: 'ord', s, e, v: ORDINALS[m[10]] ?? m[10] });
    else if (m[11]) out.push({ t: 'and', s, e });
    else if (m[12]) out.push(m[12] === ',' ? { t: 'comma', s, e } : { t: 'other', s, e });
    else if (m[13]) out.push({ t: 'range', s, e });
    else if (m[14]) out.push({ t: 'del', s, e });
    else out.push({ t: 'other', s, e });
  }
  return out;
}

/** Reads a list of tokens as provisions ("16, fracciones VII y IX, 20, 21 y 22"). */
function parseList(toks: Tok[]): CitedProvision[] {
  const out: CitedProvision[] = [];
  let mode: 'art' | 'fr' | 'par' | 'inc' | null = null;
  let pendingFr: string[] = [];
  let pendingPar: string[] = [];
  let cur: CitedProvision | undefined;
  let lastFr: string | undefined;
  let range = false;
  let ordBeforePar: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const k = toks[i]!;
    switch (k.t) {
      case 'art':
        mode = 'art';
        break;
      case 'num': {
        const prev = toks[i - 1]?.t;
        if (prev === 'fr' || prev === 'par' || prev === 'inc') {
          // "fracción 3", "párrafo 2": an arabic number right after these labels is not an article.
          if (prev === 'par') (cur ? cur.paragraphs : pendingPar).push(String(k.n));
          break;
        }
        const p: CitedProvision = { article: k.n, written: k.w, fractions: [...pendingFr], paragraphs: [...pendingPar], incisos: [], span: [k.s, k.e], ...(range ? { rangeEnd: true } : {}) };
        pendingFr = [];
        pendingPar = [];
        range = false;
        out.push(p);
        cur = p;
        lastFr = undefined;
        mode = 'art';
        break;
      }
      case 'fr':
        mode = 'fr';
        break;
      case 'roman':
        if (mode === 'fr') {
          (cur ? cur.fractions : pendingFr).push(k.v);
          lastFr = k.v;
        }
        break;
      case 'par':
        mode = 'par';
        if (ordBeforePar.length) {
          (cur ? cur.paragraphs : pendingPar).push(...ordBeforePar);
          ordBeforePar = [];
        }
        break;
      case 'ord': {
        const next = toks[i + 1];
        if (next?.t === 'par' || (next?.t === 'and' && toks.slice(i + 1).find((x) => x.t !== 'and' && x.t !== 'comma' && x.t !== 'ord')?.t === 'par')) ordBeforePar.push(k.v);
        else if (mode === 'par') (cur ? cur.paragraphs : pendingPar).push(k.v);
        break;
      }
      case 'inc':
        mode = 'inc';
        break;
      case 'letter':
        if (mode === 'inc' && cur && lastFr !== undefined) cur.incisos.push(k.v);
        else if (mode === 'inc' && cur) cur.incisos.push(k.v);
        break;
      case 'range':
        if (toks[i - 1]?.t === 'num' && toks[i + 1]?.t === 'num') range = true;
        else if (toks[i - 1]?.t === 'roman' && toks[i + 1]?.t === 'roman' && mode === 'fr') {
          // "fracciones I a IX": both ends are checked like listed fractions.
        }
        break;
      case 'del':
        // "fracción VII del artículo 16": what came before belongs to the next article.
        if (toks[i + 1]?.t === 'art' && cur) {
          pendingFr = cur.fractions.splice(0);
          pendingPar = cur.paragraphs.splice(0);
          if (!cur.fractions.length && !cur.paragraphs.length && cur === out[out.length - 1] && !toks.slice(0, i).some((x) => x.t === 'num')) out.pop();
        }
        break;
      default:
        break;
    }
  }
  return out.filter((p) => p.article > 0);
}

/** The tokens a citation list may hold; anything else ends it. */
const LIST_TOKENS = new Set(['art', 'fr', 'par', 'inc', 'num', 'roman', 'ord', 'letter', 'and', 'comma', 'range', 'del']);

/** The list that ends right before `end` (backwards from a law's name), as tokens. */
function listBefore(folded: string, original: string, end: number): Tok[] {
  const from = Math.max(0, end - 600);
  const toks = tokenize(folded, original, from, end);
  // Drop the connector "de la"/"del"/"de" before the law's name.
  while (toks.length && (toks[toks.length - 1]!.t === 'del' || (toks[toks.length - 1]!.t === 'other' && /^de$/.test(folded.slice(toks[toks.length - 1]!.s, toks[toks.length - 1]!.e))) || toks[toks.length - 1]!.t === 'comma')) toks.pop();
  let i = toks.length;
  while (i > 0 && LIST_TOKENS.has(toks[i - 1]!.t)) i--;
  const tail = toks.slice(i);
  while (tail.length && (tail[0]!.t === 'and' || tail[0]!.t === 'comma' || tail[0]!.t === 'del')) tail.shift();
  return tail.some((t) => t.t === 'num') ? tail : [];
}

/** The list that starts right after `start` ("…Sujetos Obligados, artículos 3 y 16"). */
function listAfter(folded: string, original: string, start: number): Tok[] {
  const head = /^\s*\)?\s*(?:[,:(]\s*)?(?:en (?:sus |su |los |el )?)?(?=art)/.exec(folded.slice(start));
  if (!head) return [];
  const toks = tokenize(folded, original, start + head[0].length, Math.min(folded.length, start + 600));
  let i = 0;
  while (i < toks.length && LIST_TOKENS.has(toks[i]!.t)) i++;
  const list = toks.slice(0, i);
  // A list followed by "de la …"/"del …" belongs to the next law, not to this one.
  const last = list[list.length - 1];
  if (last?.t === 'del') return [];
  while (list.length && (list[list.length - 1]!.t === 'and' || list[list.length - 1]!.t === 'comma')) list.pop();
  return list.some((t) => t.t === 'num') ? list : [];
}

const ABBREVIATION = /(?:\b(?:arts?|fracc?s?|frs?|no|num|inc|parrs?|lic|ing|dr|dra|sr|sra|av|col|c\.p|cp|ej|pag|tel)|\d+o|\b[a-z])$/;

/**
 * The sentence around [s, e) in folded text: from the previous full stop that ends a sentence (not
 * the one of "art.", "fr.", "6o.") to the next one.
 */
export function sentenceAround(folded: string, s: number, e: number): string {
  let start = 0;
  for (let i = s - 1; i >= 0; i--) {
    if (folded[i] === '\n' && folded[i - 1] === '\n') { start = i + 1; break; }
    if (folded[i] === '.' && /\s/.test(folded[i + 1] ?? ' ') && !ABBREVIATION.test(folded.slice(Math.max(0, i - 8), i))) { start = i + 1; break; }
  }
  let end = folded.length;
  for (let i = e; i < folded.length; i++) {
    if (folded[i] === '\n' && folded[i + 1] === '\n') { end = i; break; }
    if (folded[i] === '.' && /\s|$/.test(folded[i + 1] ?? '') && !ABBREVIATION.test(folded.slice(Math.max(0, i - 8), i))) { end = i; break; }
  }
  return folded.slice(start, end);
}

/** Citations of the LGPDPPSO in one text field. */
export function lgpdppsoCitationsInText(field: TextField): LawCitationFound[] {
  const folded = field.folded;
  if (!folded.includes('sujetos obligados') && !folded.includes('lgpdppso')) return [];
  const safe = folded.length === field.text.length;
  const original = safe ? field.text : folded.toUpperCase();
  const out: LawCitationFound[] = [];
  LGPDPPSO_NAME.lastIndex = 0;
  const mentions = [...folded.matchAll(LGPDPPSO_NAME)];
  for (const m of mentions) {
    const s = m.index!;
    const e = s + m[0].length;
    let toks = listBefore(folded, original, s);
    let rest = e;
    const year = yearAfter(folded, e);
    if (year.end > rest) rest = year.end;
    if (!toks.length) toks = listAfter(folded, original, rest);
    if (!toks.length) continue;
    const provisions = parseList(toks);
    if (!provisions.length) continue;
    out.push({
      pointer: field.pointer,
      kind: 'text',
      year: year.year,
      provisions: safe ? provisions : provisions.map(({ span: _s, ...p }) => p),
      sentence: sentenceAround(folded, Math.min(s, toks[0]!.s), Math.max(e, toks[toks.length - 1]!.e)),
      lawSpan: [s, e],
    });
  }
  return out;
}

/** "(2017)", "de 2017", "publicada en el DOF el 26 de enero de 2017" right after a law's name. */
export function yearAfter(folded: string, at: number): { year: LawYear; end: number } {
  const short = /^\s*(?:\(|,\s*|de\s+)?(2017|2025)\)?/.exec(folded.slice(at, at + 12));
  if (short) return { year: Number(short[1]) as LawYear, end: at + short[0].length };
  const pub = publicationAt(folded, at);
  if (pub) {
    const y = pub.iso.slice(0, 4);
    return { year: y === '2017' ? 2017 : y === '2025' ? 2025 : undefined, end: pub.span[1] };
  }
  return { year: undefined, end: at };
}

// ---- structured citations ----------------------------------------------------------------------

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** Where a structured citation of the law sits and what it is used for. */
export interface StructuredCitation {
  pointer: string;
  citation: LawCitation;
  /** What the citation supports: a consent exception of a purpose, of a transfer, of sensitive data, … */
  role: 'purpose-exception' | 'transfer-exception' | 'sensitive-exception' | 'other';
}

/**
 * Every `{ law, article, fraction, paragraph, inciso }` citation in the notice, found by walking it
 * (so fields added later are covered), with the role inferred from where it sits.
 */
export function structuredCitations(notice: Notice): StructuredCitation[] {
  const out: StructuredCitation[] = [];
  const visit = (v: unknown, path: string[]): void => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, String(i)]));
    else if (isObj(v)) {
      if (typeof v.article === 'number' && (typeof v.law === 'string' || typeof v.instrument === 'string') && path.length > 1) {
        out.push({ pointer: '/' + path.join('/'), citation: v as unknown as LawCitation, role: roleOf(path) });
        return;
      }
      for (const [k, x] of Object.entries(v)) if (!(path.length === 0 && k === 'suppressions')) visit(x, [...path, k]);
    }
  };
  visit(notice, []);
  return out;
}

function roleOf(path: string[]): StructuredCitation['role'] {
  const p = path.join('/');
  if (/^transfers\//.test(p)) return 'transfer-exception';
  if (/sensitiveDataBasis/.test(p)) return 'sensitive-exception';
  if (/purposes\/\d+\//.test(p)) return 'purpose-exception';
  return 'other';
}

/** A legal instrument of the notice that names the LGPDPPSO, with its pointer. */
export interface InstrumentCitation {
  pointer: string;
  instrument: LegalInstrument;
  year: LawYear;
}

/** Legal instruments (legal bases of the notice, its activities and transfers) naming the LGPDPPSO. */
export function lgpdppsoInstruments(notice: Notice, fold: (s: string) => string): InstrumentCitation[] {
  const out: InstrumentCitation[] = [];
  const visit = (v: unknown, path: string[]): void => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, String(i)]));
    else if (isObj(v)) {
      if (typeof v.instrument === 'string' && typeof v.kind === 'string') {
        const name = fold(v.instrument);
        LGPDPPSO_NAME.lastIndex = 0;
        const m = LGPDPPSO_NAME.exec(name);
        if (m) out.push({ pointer: '/' + path.join('/'), instrument: v as unknown as LegalInstrument, year: yearAfter(name, m.index + m[0].length).year ?? (/\b2017\b/.test(name) ? 2017 : undefined) });
        return;
      }
      for (const [k, x] of Object.entries(v)) if (!(path.length === 0 && k === 'suppressions')) visit(x, [...path, k]);
    }
  };
  visit(notice, []);
  return out;
}

/** Provisions of a structured instrument as cited provisions ("6o" → 6; "16 Bis" → 16). */
export function instrumentProvisions(ins: LegalInstrument): (CitedProvision & { index: number })[] {
  return arr<Record<string, unknown>>(ins.provisions)
    .map((p, index) => {
      const written = String(p?.article ?? '').trim();
      const n = /^(\d+)/.exec(written);
      return {
        index,
        article: n ? Number(n[1]) : 0,
        written,
        fractions: arr<string>(p?.fractions).map(String),
        paragraphs: arr<string>(p?.paragraphs).map((x) => ORDINALS[String(x).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')] ?? String(x)),
        incisos: arr<string>(p?.incisos).map((x) => String(x).replace(/\)$/, '')),
      };
    })
    .filter((p) => p.article > 0);
}
