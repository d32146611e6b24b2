import type { Notice } from '../../model/notice.js';
import type { Block, Inline, Section } from '../document.js';
import { COST_LABEL, RIGHT_LABEL, SECTION_IDS, SECTION_TITLES } from './labels.js';
import { say } from './generated.js';
import { channelList, formatAddress, joinEs, link, md, para, phoneInlines, t } from './inline.js';

type Rights = NonNullable<Notice['rights']>;
type Unit = NonNullable<Notice['transparencyUnit']>;

export function transparencyUnitName(u: Unit): string {
  return u.name ?? 'Unidad de Transparencia';
}

function unitFacts(u: Unit): Block {
  const items: { term: string; description: Inline[] }[] = [];
  items.push({ term: 'Unidad', description: [t(transparencyUnitName(u))] });
  items.push({ term: 'Domicilio', description: [t(formatAddress(u.address))] });
  if (u.email) items.push({ term: 'Correo electrónico', description: [link(`mailto:${u.email}`, u.email)] });
  if (u.phones?.length) {
    items.push({ term: u.phones.length > 1 ? 'Teléfonos' : 'Teléfono', description: u.phones.flatMap((p, i) => [...(i ? [t('; ')] : []), ...phoneInlines(p)]) });
  }
  if (u.hours) items.push({ term: 'Horario', description: [t(u.hours)] });
  for (const w of u.web ?? []) items.push({ term: w.name, description: [link(w.url)] });
  if (u.officer) {
    const d: Inline[] = [t(u.officer.name)];
    if (u.officer.email) d.push(t(', '), link(`mailto:${u.officer.email}`, u.officer.email));
    items.push({ term: 'Oficial de protección de datos personales', description: d });
  }
  return { kind: 'definitions', items };
}

/** The deadlines as the notice writes them; the catalogued restatement of the numbers only without text. */
function deadlineBlocks(d: Rights['deadlines']): Block[] {
  if (!d) return [];
  if (d.text) return md(d.text);
  const parts: string[] = [];
  if (d.responseDays) {
    let s = say('deadlineResponse', { days: d.responseDays });
    if (d.extensionDays) s += `, ${say('deadlineExtension', { days: d.extensionDays })}`;
    parts.push(`${s}.`);
  }
  if (d.effectiveDays) parts.push(say('deadlineEffective', { days: d.effectiveDays }));
  return parts.length ? [para(t(parts.join(' ')))] : [];
}

/** The costs as the notice writes them (`costs.text`, or the older `fees`); else the stated facts. */
function costBlocks(r: Rights): Block[] {
  const c = r.costs;
  const text = c?.text ?? r.fees;
  if (text) return md(text);
  if (!c) return [];
  const parts: string[] = [];
  if (c.free === true) parts.push(say('costsFree'));
  if (c.free === false) parts.push(say('costsNotFree'));
  if (c.charges?.length) parts.push(say('costsCharges', { charges: joinEs(c.charges.map((x) => COST_LABEL[x])) }));
  if (c.freePages !== undefined) parts.push(say('costsFreePages', { pages: c.freePages }));
  return parts.length ? [para(t(parts.join(' ')))] : [];
}

export function rightsSection(n: Notice): Section | undefined {
  const r = n.rights;
  const u = n.transparencyUnit;
  if (!r && !u) return undefined;
  const blocks: Block[] = [];
  if (r?.text) blocks.push(...md(r.text));
  if (r?.rights?.length) blocks.push(para(t(say('rightsList', { rights: joinEs(r.rights.map((x) => RIGHT_LABEL[x])) }))));
  if (r?.channels?.length) {
    blocks.push({ kind: 'heading', level: 3, text: 'Medios para presentar su solicitud' });
    blocks.push(channelList(r.channels));
  }
  if (u) {
    blocks.push({ kind: 'heading', level: 3, text: transparencyUnitName(u) });
    blocks.push(unitFacts(u));
  }
  if (r?.requirements?.length || r?.identity) {
    blocks.push({ kind: 'heading', level: 3, text: 'Requisitos de la solicitud' });
    if (r.requirements?.length) {
      blocks.push(para(t('Su solicitud debe contener:')));
      blocks.push({ kind: 'list', ordered: false, items: r.requirements.map((q) => ({ content: md(q).flatMap((b) => (b.kind === 'paragraph' ? b.content : [])) })) });
    }
    if (r.identity) blocks.push(...md(r.identity));
  }
  const terms = r ? [...deadlineBlocks(r.deadlines), ...costBlocks(r)] : [];
  if (terms.length) {
    blocks.push({ kind: 'heading', level: 3, text: 'Plazos y costos' });
    blocks.push(...terms);
  }
  if (r?.portability || r?.portabilityAvailable !== undefined) {
    blocks.push({ kind: 'heading', level: 3, text: 'Portabilidad de sus datos' });
    if (r.portability) blocks.push(...md(r.portability));
    else blocks.push(para(t(say(r.portabilityAvailable ? 'portabilityYes' : 'portabilityNo'))));
  }
  if (r?.reviewRemedy || r?.reviewAuthority) {
    blocks.push({ kind: 'heading', level: 3, text: 'Recurso de revisión' });
    if (r.reviewRemedy) blocks.push(...md(r.reviewRemedy));
    if (r.reviewAuthority) blocks.push(para(t(`Autoridad ante la que se interpone: ${r.reviewAuthority}.`)));
  }
  if (r?.procedureUrl) blocks.push(para(t('Procedimiento y formatos: '), link(r.procedureUrl), t('.')));
  return { id: SECTION_IDS.rights, title: SECTION_TITLES.rights, blocks };
}
