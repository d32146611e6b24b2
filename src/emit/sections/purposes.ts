import type { Activity, Notice, Purpose } from '../../model/notice.js';
import type { Block, Inline, ListItem } from '../document.js';
import { SECTION_IDS } from './labels.js';
import { say } from './generated.js';
import { channelList, instrumentItem, lawCitationText, link, md, mdi, para, t } from './inline.js';

type Mechanism = NonNullable<NonNullable<Notice['refusal']>['mechanisms']>[number];

function purposeItem(n: Notice, p: Purpose): ListItem {
  const content: Inline[] = [...mdi(p.text)];
  if (p.deidentified) content.push(t(' '), { kind: 'badge', tone: 'info', text: say('purposeDeidentified') });
  const children: Block[] = [];
  if (p.items?.length) children.push({ kind: 'list', ordered: false, items: p.items.map((i) => ({ content: [t(i)] })) });
  if (p.consentMechanism) children.push(para(t('Cómo se obtiene su consentimiento: '), ...mdi(p.consentMechanism)));
  if (p.consentException?.length) {
    children.push(para(t(`Fundamento: ${p.consentException.map((c) => lawCitationText(c, n)).join('; ')}.`)));
  }
  for (const i of p.legalBasis ?? []) children.push(para(t('Fundamento: '), ...instrumentItem(i).content));
  return children.length ? { content, children } : { content };
}

/** The mechanisms the given purposes or transfers cite by id, in the notice's order. Never a guess. */
export function mechanismsFor(n: Notice, ids: string[]): Mechanism[] {
  const wanted = new Set(ids);
  return (n.refusal?.mechanisms ?? []).filter((m) => wanted.has(m.id));
}

/** What a mechanism says, in the notice's words plus the catalogued restatements of its flags. */
export function mechanismBlocks(m: Mechanism, rights?: { href: string; label: string }): Block[] {
  const blocks: Block[] = [];
  if (m.description) blocks.push(...md(m.description));
  if (m.channels?.length) blocks.push(channelList(m.channels));
  if (m.beforeProcessing === true) blocks.push(para(t(say('refusalBefore'))));
  if (m.noServiceImpact === true) blocks.push(para(t(say('refusalNoImpact'))));
  if (m.viaArcoOpposition === true) {
    blocks.push(rights ? para(t(`${say('refusalViaOpposition')}; consulte: `), link(rights.href, rights.label), t('.')) : para(t(`${say('refusalViaOpposition')}.`)));
  }
  return blocks;
}

/** The refusal means the purposes or transfers cite, placed right after them. */
export function refusalCallout(n: Notice, ids: string[], what: string): Block {
  const blocks: Block[] = mechanismsFor(n, ids).flatMap((m) => mechanismBlocks(m));
  blocks.push(para(link(`#${SECTION_IDS.refusal}`, 'Más información sobre cómo negarse')));
  return { kind: 'callout', tone: 'refusal', title: say('refusalCallout', { what }), blocks };
}

/**
 * Purposes grouped as the notice distinguishes them (art. 21 fr. IV). A purpose whose kind the
 * notice does not state is listed without a claim about consent.
 */
export function purposeBlocks(n: Notice, a: Activity, level: 3 | 4, withRefusal = true): Block[] {
  const blocks: Block[] = [];
  const primary = a.purposes.filter((p) => p.type === 'primary');
  const secondary = a.purposes.filter((p) => p.type === 'secondary');
  const unstated = a.purposes.filter((p) => p.type === undefined);
  // The note is the notice's own lead-in to its purposes: it comes first.
  if (a.purposesNote) blocks.push(...md(a.purposesNote));
  if (primary.length) {
    blocks.push({ kind: 'heading', level, text: say('purposesNoConsent') });
    blocks.push({ kind: 'list', ordered: false, items: primary.map((p) => purposeItem(n, p)) });
  }
  if (secondary.length) {
    blocks.push({ kind: 'heading', level, text: say('purposesConsent') });
    blocks.push({ kind: 'list', ordered: false, items: secondary.map((p) => purposeItem(n, p)) });
    const ids = secondary.flatMap((p) => p.refusal ?? []);
    if (withRefusal) blocks.push(refusalCallout(n, ids, secondary.length > 1 ? 'estas finalidades' : 'esta finalidad'));
  }
  if (unstated.length) {
    blocks.push({ kind: 'heading', level, text: primary.length || secondary.length ? 'Otras finalidades' : 'Finalidades' });
    blocks.push({ kind: 'list', ordered: false, items: unstated.map((p) => purposeItem(n, p)) });
  }
  return blocks;
}
