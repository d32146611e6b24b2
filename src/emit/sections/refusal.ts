import type { Notice } from '../../model/notice.js';
import type { Block, Inline, Section } from '../document.js';
import { SECTION_IDS, SECTION_TITLES } from './labels.js';
import { channelList, link, md, mdi, para, plain, t } from './inline.js';
import { consentTransfers } from './transfers.js';

/** What needs consent: secondary purposes and consent-requiring transfers, as plain phrases. */
const phrase = (s: string): string => s.trim().replace(/[.;:,]+$/, '');

export function consentUses(n: Notice): { purposes: string[]; transfers: string[] } {
  const purposes = n.activities.flatMap((a) => a.purposes.filter((p) => p.type === 'secondary').map((p) => phrase(plain(mdi(p.text)))));
  const transfers = consentTransfers(n).map((tr) => `${tr.recipient}: ${phrase(plain(mdi(tr.purpose)))}`);
  return { purposes: [...new Set(purposes)], transfers };
}

export function refusalSection(n: Notice): Section {
  const blocks: Block[] = [];
  const uses = consentUses(n);
  const mechanisms = n.refusal?.mechanisms ?? [];
  if (n.refusal?.text) blocks.push(...md(n.refusal.text));
  if (uses.purposes.length || uses.transfers.length) {
    blocks.push(para(t('Puede negarse a los siguientes usos de sus datos:')));
    const items: { content: Inline[] }[] = [
      ...uses.purposes.map((p) => ({ content: [t(`Finalidad: ${p}`)] })),
      ...uses.transfers.map((p) => ({ content: [t(`Transferencia a ${p}`)] })),
    ];
    blocks.push({ kind: 'list', ordered: false, items });
  } else if (!mechanisms.length && !n.refusal?.text) {
    blocks.push(para(t('Ninguna de las finalidades ni de las transferencias descritas en este aviso requiere su consentimiento.')));
  }
  if ((uses.purposes.length || uses.transfers.length) && !mechanisms.length) {
    blocks.push(para(t('Este aviso no indica un medio para manifestar su negativa.')));
  }
  for (const m of mechanisms) {
    blocks.push(...md(m.description));
    if (m.channels?.length) blocks.push(channelList(m.channels));
    const notes: string[] = [];
    if (m.beforeProcessing) notes.push('Puede manifestar su negativa antes de que se traten sus datos.');
    if (m.noServiceImpact) notes.push('Negarse no afecta la prestación del servicio principal.');
    for (const note of notes) blocks.push(para(t(note)));
    if (m.viaArcoOpposition) {
      blocks.push(
        para(
          t('La negativa se presenta como una solicitud de oposición; consulte '),
          link(`#${SECTION_IDS.rights}`, SECTION_TITLES.rights),
          t('.'),
        ),
      );
    }
  }
  return { id: SECTION_IDS.refusal, title: SECTION_TITLES.refusal, blocks };
}
