import { DEIDENTIFIED_KEYWORDS, keywordRegex } from '../data/keywords.js';
import type { Purpose, Transfer } from '../../model/notice.js';
import type { Located, NoticeFacts } from './facts.js';
import { fold } from './walk.js';

const DEIDENTIFIED = keywordRegex(DEIDENTIFIED_KEYWORDS);

export type Mechanism = NoticeFacts['mechanisms'] extends Map<string, Located<infer T>> ? T : never;

/** Something that needs consent and so a refusal means (art. 21 fr. VIII): a purpose or a transfer. */
export interface ConsentSubject {
  pointer: string;
  kind: 'purpose' | 'transfer';
  label: string;
  refusal?: string[];
}

/** Statistics on aggregated or anonymised data need no consent (art. 16 fr. IX). */
export function isDeidentified(p: Purpose): boolean {
  return p.deidentified === true || DEIDENTIFIED.test(fold(String(p.text ?? '')));
}

/** Secondary purposes (not de-identified) and transfers marked as needing consent. */
export function consentSubjects(facts: NoticeFacts): ConsentSubject[] {
  const out: ConsentSubject[] = [];
  for (const p of facts.purposes) {
    if (p.value.type === 'secondary' && !isDeidentified(p.value)) {
      out.push({ pointer: p.pointer, kind: 'purpose', label: short(p.value.text), refusal: p.value.refusal });
    }
  }
  for (const t of facts.transfers) {
    const tr: Transfer = t.value;
    if (tr.consentRequired === true) out.push({ pointer: t.pointer, kind: 'transfer', label: short(tr.recipient), refusal: tr.refusal });
  }
  return out;
}

/**
 * The mechanisms a purpose or transfer names (`refusal: [id]`). There is no fallback: a mechanism
 * applies to what names it, so one purpose's mechanism never covers another (art. 21 fr. VIII asks
 * for the means to refuse each purpose and transfer that needs consent).
 */
export function mechanismsFor(subject: ConsentSubject, facts: NoticeFacts): { found: Located<Mechanism>[]; unknown: string[] } {
  const found: Located<Mechanism>[] = [];
  const unknown: string[] = [];
  for (const id of subject.refusal ?? []) {
    const m = facts.mechanisms.get(id);
    if (m) found.push(m);
    else unknown.push(id);
  }
  return { found, unknown };
}

export function short(text: unknown, max = 60): string {
  const s = String(text ?? '').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
