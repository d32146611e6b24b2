import { toPointer } from '../../source/locate.js';

/** Lower-case, accents removed: keyword lists are written without accents and match both spellings. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  // One pass mapping the common Spanish letters; any other letter with a diacritic (â, ç, ö,
  // combining marks…) sends the text through NFD. Called on every text of every notice: no regex
  // replace with a callback, which cost a third more.
  let out = '';
  let last = 0;
  let other = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0xc0) continue;
    const plain = PLAIN.get(c);
    if (plain !== undefined) {
      out += lower.slice(last, i) + plain;
      last = i + 1;
    } else if (c <= 0x24f || (c >= 0x300 && c <= 0x36f)) other = true;
  }
  const mapped = last === 0 ? lower : out + lower.slice(last);
  return other ? mapped.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : mapped;
}

const PLAIN = new Map([...'áéíóúüñàèìòù'].map((c, i) => [c.charCodeAt(0), 'aeiouunaeiou'[i]!]));
const NON_ASCII = /[^\u0000-\u007f]/;

/** A string field of the notice with its JSON pointer and the key it sits under. */
export interface TextField {
  pointer: string;
  key: string;
  text: string;
  /** The text lower-cased with accents removed, for keyword matching. */
  folded: string;
}

/** Keys whose values are codes, identifiers or structured values, not prose. */
const NOT_PROSE = new Set([
  'id', 'kind', 'category', 'type', 'source', 'law', 'language', 'context', 'updated', 'rule', 'at', 'until',
  'recipientKind', 'country', 'municipalityKind', 'postalCode', 'extension', 'consent', 'article', 'fraction',
  'paragraph', 'inciso', 'refusal', 'data', 'rights', 'fractions', 'paragraphs', 'incisos', 'apartado',
]);

/** Keys holding links or addresses: scanned by the link rules, not by the language rules. */
export const LINK_KEYS = new Set(['url', 'integralUrl', 'website', 'procedureUrl', 'email']);

/**
 * One pass over the notice collecting every string with its pointer. The `suppressions` block is
 * skipped: it talks about the notice, it is not part of it.
 */
export function collectTexts(root: unknown): TextField[] {
  const out: TextField[] = [];
  const path: (string | number)[] = [];
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      out.push({ pointer: toPointer(path), key, text: value, folded: fold(value) });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i], key);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (path.length === 0 && k === 'suppressions') continue;
        if (NOT_PROSE.has(k) && typeof v !== 'object') continue;
        if (NOT_PROSE.has(k) && Array.isArray(v) && v.every((x) => typeof x === 'string')) continue;
        path.push(k);
        visit(v, k);
        path.pop();
      }
    }
  };
  visit(root, '');
  return out;
}

export function isProse(field: TextField): boolean {
  return !LINK_KEYS.has(field.key);
}
