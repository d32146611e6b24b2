import type { LegalBasis, Notice } from '../../model/notice.js';
import type { Block, Section } from '../document.js';
import { SECTION_IDS, SECTION_TITLES, activityHeading } from './labels.js';
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

export function legalBasisSection(n: Notice): Section {
  const blocks = legalBasisBlocks(n.legalBasis, 3);
  const total = n.activities.length;
  n.activities.forEach((a, i) => {
    if (!a.legalBasis) return;
    blocks.push({ kind: 'heading', level: 3, text: `Fundamento del tratamiento «${activityHeading(a, i, total)}»` });
    blocks.push(...legalBasisBlocks(a.legalBasis, 4));
  });
  return { id: SECTION_IDS.legalBasis, title: SECTION_TITLES.legalBasis, blocks };
}

const COOKIE_CATEGORY = {
  essential: 'necesaria',
  preferences: 'preferencias',
  analytics: 'analítica o estadística',
  advertising: 'publicidad',
  other: 'otra',
} as const;

export function cookiesSection(n: Notice): Section | undefined {
  const c = n.cookies;
  if (!c) return undefined;
  const blocks: Block[] = [];
  if (!c.used) blocks.push(para(t('Este sitio no utiliza cookies ni otras tecnologías de rastreo.')));
  if (c.text) blocks.push(...md(c.text));
  if (c.items?.length) {
    blocks.push({
      kind: 'list',
      ordered: false,
      items: c.items.map((i) => {
        const details = [i.purpose, i.category ? `Tipo: ${COOKIE_CATEGORY[i.category]}` : '', i.provider ? `Proveedor: ${i.provider}` : '', i.duration ? `Duración: ${i.duration}` : '']
          .filter(Boolean)
          .join('. ');
        return {
          content: [
            strong(i.name),
            t(` (${i.essential ? 'necesaria para el servicio' : 'requiere su consentimiento'}): ${details}.`),
          ],
        };
      }),
    });
  }
  if (c.consentMechanism) blocks.push(...md(c.consentMechanism));
  if (c.optOut) blocks.push(...md(c.optOut));
  return { id: SECTION_IDS.cookies, title: SECTION_TITLES.cookies, blocks };
}

/** Anchor ids from titles: ASCII, lower case, hyphens ('Medidas de seguridad' -> 'medidas-de-seguridad'). */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'seccion';
}

export function extraSections(n: Notice, taken: Set<string>): Section[] {
  return (n.sections ?? []).map((s) => {
    let id = slugify(s.title);
    for (let k = 2; taken.has(id); k++) id = `${slugify(s.title)}-${k}`;
    taken.add(id);
    return { id, title: s.title, blocks: md(s.body) };
  });
}

export function changesSection(n: Notice, links: { simplified?: string }): Section {
  const blocks: Block[] = [...md(n.changes.text)];
  if (n.changes.channels?.length) blocks.push(channelList(n.changes.channels));
  const pub = n.publication;
  if (pub?.integralUrl) blocks.push(para(t('Este aviso de privacidad integral se publica en '), link(pub.integralUrl), t('.')));
  if (pub?.physicalLocation) blocks.push(para(t(`También puede consultarlo en: ${pub.physicalLocation}.`)));
  if (links.simplified) blocks.push(para(link(links.simplified, 'Consultar el aviso de privacidad simplificado')));
  return { id: SECTION_IDS.changes, title: SECTION_TITLES.changes, blocks };
}
