import type { Activity, Notice, Purpose } from '../../model/notice.js';
import type { Block, Inline, ListItem } from '../document.js';
import { SECTION_IDS } from './labels.js';
import { channelList, lawCitationText, link, md, mdi, para, t } from './inline.js';

function purposeItem(p: Purpose): ListItem {
  const content: Inline[] = [...mdi(p.text)];
  if (p.deidentified) content.push(t(' '), { kind: 'badge', tone: 'info', text: 'Datos disociados' });
  const children: Block[] = [];
  if (p.items?.length) children.push({ kind: 'list', ordered: false, items: p.items.map((i) => ({ content: [t(i)] })) });
  if (p.consentMechanism) children.push(para(t('Cómo se obtiene su consentimiento: '), ...mdi(p.consentMechanism)));
  if (p.consentException?.length) {
    children.push({ kind: 'paragraph', content: [t(`Fundamento: ${p.consentException.map(lawCitationText).join('; ')}.`)] });
  }
  return children.length ? { content, children } : { content };
}

/** Mechanisms that apply to the given refusal ids; all of them when none is referenced. */
export function mechanismsFor(n: Notice, ids: string[]) {
  const all = n.refusal?.mechanisms ?? [];
  const wanted = new Set(ids);
  const picked = all.filter((m) => wanted.has(m.id));
  return picked.length ? picked : all;
}

/** The refusal means, placed right after the purposes or transfers that need consent. */
export function refusalCallout(n: Notice, ids: string[], what: string): Block {
  const mechanisms = mechanismsFor(n, ids);
  const blocks: Block[] = [];
  if (!mechanisms.length) {
    blocks.push({ kind: 'paragraph', content: [t('Este aviso no indica un medio para manifestar su negativa.')] });
  }
  for (const m of mechanisms) {
    blocks.push(...md(m.description));
    if (m.channels?.length) blocks.push(channelList(m.channels));
    if (m.noServiceImpact) blocks.push({ kind: 'paragraph', content: [t('Negarse no afecta la prestación del servicio principal.')] });
  }
  blocks.push({
    kind: 'paragraph',
    content: [link(`#${SECTION_IDS.refusal}`, 'Más información sobre cómo negarse')],
  });
  return { kind: 'callout', tone: 'refusal', title: `Si no desea que sus datos se usen para ${what}`, blocks };
}

/** Purposes grouped into those that need consent and those that do not (art. 21 fr. IV). */
export function purposeBlocks(n: Notice, a: Activity, level: 3 | 4, withRefusal = true): Block[] {
  const blocks: Block[] = [];
  const primary = a.purposes.filter((p) => p.type === 'primary');
  const secondary = a.purposes.filter((p) => p.type === 'secondary');
  if (primary.length) {
    blocks.push({ kind: 'heading', level, text: 'Finalidades que no requieren su consentimiento' });
    blocks.push({ kind: 'paragraph', content: [t('Son necesarias para el servicio o trámite que usted solicita.')] });
    blocks.push({ kind: 'list', ordered: false, items: primary.map(purposeItem) });
  }
  if (secondary.length) {
    blocks.push({ kind: 'heading', level, text: 'Finalidades que requieren su consentimiento' });
    blocks.push({ kind: 'paragraph', content: [t('Son adicionales: no son necesarias para el servicio y usted puede negarse a ellas.')] });
    blocks.push({ kind: 'list', ordered: false, items: secondary.map(purposeItem) });
    const ids = secondary.flatMap((p) => p.refusal ?? []);
    if (withRefusal) blocks.push(refusalCallout(n, ids, secondary.length > 1 ? 'estas finalidades' : 'esta finalidad'));
  }
  if (a.purposesNote) blocks.push(...md(a.purposesNote));
  return blocks;
}
