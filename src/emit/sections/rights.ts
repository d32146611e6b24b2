import type { Notice } from '../../model/notice.js';
import type { Block, Inline, Section } from '../document.js';
import { RIGHT_LABEL, SECTION_IDS, SECTION_TITLES } from './labels.js';
import { channelList, formatAddress, joinEs, link, md, para, phoneInlines, t } from './inline.js';

export function transparencyUnitName(n: Notice): string {
  return n.transparencyUnit.name ?? 'Unidad de Transparencia';
}

function unitFacts(n: Notice): Block {
  const u = n.transparencyUnit;
  const items: { term: string; description: Inline[] }[] = [];
  items.push({ term: 'Unidad', description: [t(transparencyUnitName(n))] });
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

function deadlineText(d: NonNullable<Notice['rights']['deadlines']>): string | undefined {
  const parts: string[] = [];
  if (d.responseDays) {
    let s = `La respuesta a su solicitud se le dará en un plazo máximo de ${d.responseDays} días hábiles`;
    if (d.extensionDays) s += `, que puede ampliarse una vez hasta por ${d.extensionDays} días hábiles`;
    parts.push(`${s}.`);
  }
  if (d.effectiveDays) parts.push(`Si su solicitud procede, el derecho se hará efectivo en un plazo de ${d.effectiveDays} días hábiles.`);
  return parts.length ? parts.join(' ') : undefined;
}

export function rightsSection(n: Notice): Section {
  const r = n.rights;
  const blocks: Block[] = [];
  if (r.text) blocks.push(...md(r.text));
  if (r.rights?.length) {
    blocks.push(para(t(`Derechos que puede ejercer: ${joinEs(r.rights.map((x) => RIGHT_LABEL[x]))}.`)));
  }
  if (r.channels?.length) {
    blocks.push({ kind: 'heading', level: 3, text: 'Medios para presentar su solicitud' });
    blocks.push(channelList(r.channels));
  }
  blocks.push({ kind: 'heading', level: 3, text: transparencyUnitName(n) });
  blocks.push(unitFacts(n));
  if (r.requirements?.length || r.identity) {
    blocks.push({ kind: 'heading', level: 3, text: 'Requisitos de la solicitud' });
    if (r.requirements?.length) {
      blocks.push(para(t('Su solicitud debe contener:')));
      blocks.push({ kind: 'list', ordered: false, items: r.requirements.map((q) => ({ content: md(q).flatMap((b) => (b.kind === 'paragraph' ? b.content : [])) })) });
    }
    if (r.identity) blocks.push(...md(r.identity));
  }
  const dl = r.deadlines ? deadlineText(r.deadlines) : undefined;
  if (dl || r.deadlines?.text || r.fees) {
    blocks.push({ kind: 'heading', level: 3, text: 'Plazos y costos' });
    if (dl) blocks.push(para(t(dl)));
    if (r.deadlines?.text) blocks.push(...md(r.deadlines.text));
    if (r.fees) blocks.push(...md(r.fees));
  }
  if (r.portability) {
    blocks.push({ kind: 'heading', level: 3, text: 'Portabilidad de sus datos' });
    blocks.push(...md(r.portability));
  }
  if (r.reviewRemedy) {
    blocks.push({ kind: 'heading', level: 3, text: 'Recurso de revisión' });
    blocks.push(...md(r.reviewRemedy));
  }
  if (r.procedureUrl) blocks.push(para(t('Procedimiento y formatos: '), link(r.procedureUrl), t('.')));
  return { id: SECTION_IDS.rights, title: SECTION_TITLES.rights, blocks };
}
