import type { Notice } from '../../model/notice.js';
import type { Block, Inline, Section } from '../document.js';
import { ORDER_LABEL, SECTION_IDS, SECTION_TITLES } from './labels.js';
import { say } from './generated.js';
import { channelList, formatAddress, link, md, para, t } from './inline.js';

export function controllerDisplayName(n: Notice): string {
  const c = n.controller;
  return c.shortName && !c.name.includes(c.shortName) ? `${c.name} (${c.shortName})` : c.name;
}

/** Order of government and place, as the notice states them: 'Estatal (Jalisco)'. */
function jurisdictionText(n: Notice): string | undefined {
  const j = n.controller.jurisdiction;
  if (!j) return undefined;
  const place = [j.municipality, j.state].filter(Boolean).join(', ');
  if (j.order) return place ? `${ORDER_LABEL[j.order]} (${place})` : ORDER_LABEL[j.order];
  return place || undefined;
}

/** Art. 21 fr. I: denominación and domicilio, as a definition list. */
export function controllerFacts(n: Notice, full: boolean): Block {
  const c = n.controller;
  const items: { term: string; description: Inline[] }[] = [{ term: 'Denominación', description: [t(controllerDisplayName(n))] }];
  if (full && c.legalNature) items.push({ term: 'Naturaleza jurídica', description: [t(c.legalNature)] });
  const order = full ? jurisdictionText(n) : undefined;
  if (order) items.push({ term: 'Orden de gobierno', description: [t(order)] });
  const law = c.jurisdiction?.dataProtectionLaw;
  if (full && law) {
    const d: Inline[] = [t(law.shortName ? `${law.name} (${law.shortName})` : law.name)];
    if (law.url) d.push(t(': '), link(law.url));
    items.push({ term: 'Ley local de protección de datos', description: d });
  }
  if (full && c.unit) items.push({ term: 'Área responsable', description: [t(c.unit)] });
  items.push({ term: 'Domicilio', description: [t(formatAddress(c.address))] });
  if (c.website) items.push({ term: 'Sitio web', description: [link(c.website)] });
  return { kind: 'definitions', items };
}

export function controllerSection(n: Notice): Section {
  const blocks: Block[] = [];
  if (n.intro) blocks.push(...md(n.intro));
  blocks.push(controllerFacts(n, true));
  const ds = n.dataSubjects;
  if (ds && (ds.description || ds.groups?.length || ds.includesMinors === true || ds.representation)) {
    blocks.push({ kind: 'heading', level: 3, text: '¿A quién se dirige este aviso?' });
    if (ds.description) blocks.push(...md(ds.description));
    if (ds.groups?.length) blocks.push({ kind: 'list', ordered: false, items: ds.groups.map((g) => ({ content: [t(g)] })) });
    if (ds.includesMinors === true) blocks.push(para(t(say('minors'))));
    if (ds.representation) blocks.push(...md(ds.representation));
  }
  const col = n.collection;
  if (col && (col.text || col.channels?.length || col.storage)) {
    blocks.push({ kind: 'heading', level: 3, text: '¿Cómo se obtienen sus datos personales?' });
    if (col.text) blocks.push(...md(col.text));
    if (col.channels?.length) blocks.push(channelList(col.channels));
    if (col.storage) blocks.push(...md(col.storage));
  }
  return { id: SECTION_IDS.controller, title: SECTION_TITLES.controller, blocks };
}
