import type { LegalBasis, Notice } from '../../model/notice.js';
import type { Block, Inline, Section } from '../document.js';
import { COOKIE_CATEGORY_LABEL, COOKIE_KIND_LABEL, SECTION_IDS, SECTION_TITLES, activityHeading, type CookieItem } from './labels.js';
import { say, sayWith } from './generated.js';
import { channelList, instrumentItem, link, md, para, strong, t } from './inline.js';

function legalBasisBlocks(lb: LegalBasis, level: 3 | 4): Block[] {
  const blocks: Block[] = [...md(lb.text)];
  const groups: [string, LegalBasis['attribution']][] = [
    ['Normas que otorgan la atribución', lb.attribution],
    ['Disposiciones de protección de datos', lb.dataProtection],
    ['Otras normas', lb.other],
  ];
  for (const [title, list] of groups) {
    if (!list?.length) continue;
    blocks.push({ kind: 'heading', level, text: title });
    blocks.push({ kind: 'list', ordered: false, items: list.map(instrumentItem) });
  }
  return blocks;
}

export function legalBasisSection(n: Notice): Section | undefined {
  const blocks = n.legalBasis ? legalBasisBlocks(n.legalBasis, 3) : [];
  const total = n.activities.length;
  n.activities.forEach((a, i) => {
    if (!a.legalBasis) return;
    const name = activityHeading(a, i, total);
    blocks.push({ kind: 'heading', level: 3, text: name ? `Fundamento del tratamiento «${name}»` : 'Fundamento del tratamiento' });
    blocks.push(...legalBasisBlocks(a.legalBasis, 4));
  });
  if (!blocks.length) return undefined;
  return { id: SECTION_IDS.legalBasis, title: SECTION_TITLES.legalBasis, blocks };
}

/** One cookie or tracking technology: only what the notice says of it. */
function cookieItem(i: CookieItem): Inline[] {
  const kind = i.kind ? COOKIE_KIND_LABEL[i.kind] : undefined;
  const essential = i.essential === true || (i.essential === undefined && i.category === 'essential');
  const need = essential ? say('cookieEssential') : i.essential === false ? say('cookieNotEssential') : undefined;
  const title = i.name ?? kind;
  const notes = [i.name && kind ? kind.charAt(0).toLowerCase() + kind.slice(1) : '', need ?? ''].filter(Boolean);
  const content: Inline[] = title ? [strong(title)] : [];
  if (notes.length) content.push(t(`${title ? ' ' : ''}(${notes.join('; ')})`));
  const details = [
    i.purpose?.replace(/[.;]+$/, '') ?? '',
    i.collects?.length ? `Datos que obtiene: ${i.collects.join(', ')}` : '',
    i.category && i.category !== 'essential' ? `Tipo: ${COOKIE_CATEGORY_LABEL[i.category]}` : '',
    i.provider ? `Proveedor: ${i.provider}` : '',
    i.duration ? `Duración: ${i.duration}` : '',
  ].filter(Boolean);
  if (details.length) content.push(t(`${content.length ? ': ' : ''}${details.join('. ')}.`));
  return content;
}

export function cookiesSection(n: Notice): Section | undefined {
  const c = n.cookies;
  if (!c) return undefined;
  const blocks: Block[] = [];
  if (c.used === false) blocks.push(para(t(say('cookiesNotUsed'))));
  if (c.text) blocks.push(...md(c.text));
  if (c.items?.length) blocks.push({ kind: 'list', ordered: false, items: c.items.map((i) => ({ content: cookieItem(i) })) });
  if (c.consentMechanism) blocks.push(...md(c.consentMechanism));
  if (c.optOut) blocks.push(...md(c.optOut));
  if (!blocks.length) return undefined;
  return { id: SECTION_IDS.cookies, title: SECTION_TITLES.cookies, blocks };
}

/** Anchor ids from titles: ASCII, lower case, hyphens ('Medidas de seguridad' -> 'medidas-de-seguridad'). */
export function slugify(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'seccion'
  );
}

export function extraSections(n: Notice, taken: Set<string>): Section[] {
  return (n.sections ?? []).map((s) => {
    let id = slugify(s.title);
    for (let k = 2; taken.has(id); k++) id = `${slugify(s.title)}-${k}`;
    taken.add(id);
    return { id, title: s.title, blocks: md(s.body) };
  });
}

/** «Consulte el aviso … (documento descargable) en <url> («<label>»).» */
export function integralDocumentSentence(d: NonNullable<NonNullable<Notice['publication']>['integralDocument']>): Inline[] {
  return sayWith('integralDocumentAt', 'url', link(d.url), { label: d.label ? ` («${d.label}»)` : '' });
}

/** Where and how the notice is made available at collection (arts. 3 fr. III and 20), as stated. */
export function atCollectionBlocks(n: Notice): Block[] {
  const a = n.publication?.atCollection;
  if (!a) return [];
  const blocks: Block[] = [];
  if (a.text) blocks.push(...md(a.text));
  else if (a.timing) blocks.push(para(t(say(a.timing === 'before-collection' ? 'atCollectionBefore' : 'atCollectionAt'))));
  if (a.channels?.length) blocks.push(channelList(a.channels));
  return blocks;
}

/** Only the notice's own words on changes (fr. IX), for a simplified source that states them. */
export function changesOnly(n: Notice): Section | undefined {
  const blocks: Block[] = [];
  if (n.changes?.text) blocks.push(...md(n.changes.text));
  if (n.changes?.channels?.length) blocks.push(channelList(n.changes.channels));
  return blocks.length ? { id: SECTION_IDS.changes, title: SECTION_TITLES.changes, blocks } : undefined;
}

/**
 * The integral notice's last section: changes (fr. IX), where it is published, where the simplified
 * one is. Only real addresses go in the text: a page of the built site without a known base URL is
 * reached from the page's navigation links, and would be dead text on paper.
 */
export function changesSection(n: Notice, simplified: { url?: string }): Section | undefined {
  const blocks: Block[] = [];
  if (n.changes?.text) blocks.push(...md(n.changes.text));
  if (n.changes?.channels?.length) blocks.push(channelList(n.changes.channels));
  const pub = n.publication;
  if (pub?.integralUrl) blocks.push(para(...sayWith('integralPublishedAt', 'url', link(pub.integralUrl))));
  if (pub?.integralDocument) blocks.push(para(...integralDocumentSentence(pub.integralDocument)));
  if (pub?.physicalLocation) blocks.push(para(t(say('integralPlace', { place: pub.physicalLocation }))));
  if (simplified.url) blocks.push(para(...sayWith('simplifiedAt', 'url', link(simplified.url))));
  blocks.push(...atCollectionBlocks(n));
  if (!blocks.length) return undefined;
  return { id: SECTION_IDS.changes, title: SECTION_TITLES.changes, blocks };
}
