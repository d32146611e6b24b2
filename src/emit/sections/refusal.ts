import type { Notice } from '../../model/notice.js';
import type { Block, Inline, Section } from '../document.js';
import { SECTION_IDS, SECTION_TITLES } from './labels.js';
import { say } from './generated.js';
import { md, mdi, para, plain, t } from './inline.js';
import { mechanismBlocks } from './purposes.js';
import { consentTransfers } from './transfers.js';

const phrase = (s: string): string => s.trim().replace(/[.;:,]+$/, '');

/** What needs consent, as the notice states it: secondary purposes and consent-requiring transfers. */
export function consentUses(n: Notice): { purposes: string[]; transfers: string[] } {
  const purposes = n.activities.flatMap((a) => a.purposes.filter((p) => p.type === 'secondary').map((p) => phrase(plain(mdi(p.text)))));
  const transfers = consentTransfers(n).map((tr) => (tr.purpose ? `${tr.recipient}: ${phrase(plain(mdi(tr.purpose)))}` : tr.recipient));
  return { purposes: [...new Set(purposes)], transfers };
}

/**
 * True only when the notice states, for every purpose and every transfer, that it needs no
 * consent: every purpose `type: primary`, and transfers declared none or each `consentRequired: false`.
 */
export function nothingNeedsConsent(n: Notice): boolean {
  const purposes = n.activities.flatMap((a) => a.purposes);
  if (!purposes.length || purposes.some((p) => p.type !== 'primary')) return false;
  const tr = n.transfers;
  if (!tr) return false;
  const items = tr.items ?? [];
  if (items.length) return items.every((x) => x.consentRequired === false);
  return tr.none === true;
}

/** `rights`: where the ARCO details are; the simplified notice points into the integral one. */
export function refusalSection(n: Notice, rights?: { href: string; label: string }): Section | undefined {
  const blocks: Block[] = [];
  const uses = consentUses(n);
  const mechanisms = n.refusal?.mechanisms ?? [];
  if (n.refusal?.text) blocks.push(...md(n.refusal.text));
  if (uses.purposes.length || uses.transfers.length) {
    blocks.push(para(t(say('refusalList'))));
    const items: { content: Inline[] }[] = [
      ...uses.purposes.map((p) => ({ content: [t(`Finalidad: ${p}`)] })),
      ...uses.transfers.map((p) => ({ content: [t(`Transferencia a ${p}`)] })),
    ];
    blocks.push({ kind: 'list', ordered: false, items });
  } else if (!mechanisms.length && !n.refusal?.text && nothingNeedsConsent(n)) {
    blocks.push(para(t(say('noConsentAnywhere'))));
  }
  for (const m of mechanisms) blocks.push(...mechanismBlocks(m, rights ?? { href: `#${SECTION_IDS.rights}`, label: SECTION_TITLES.rights }));
  if (!blocks.length) return undefined;
  return { id: SECTION_IDS.refusal, title: SECTION_TITLES.refusal, blocks };
}
