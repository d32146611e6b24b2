import type { Activity, DataItem, Notice } from '../../model/notice.js';
import type { Block, Inline, ListItem, Section } from '../document.js';
import { CATEGORY_LABEL, SECTION_IDS, SECTION_TITLES, SOURCE_LABEL, activityHeading } from './labels.js';
import { say } from './generated.js';
import { channelList, lawCitationText, md, mdi, para, strong, t } from './inline.js';
import { purposeBlocks } from './purposes.js';

function dataItem(d: DataItem): ListItem {
  const content: Inline[] = [t(d.name)];
  if (d.sensitive === true) content.push(t(' '), { kind: 'badge', tone: 'sensitive', text: say('sensitiveBadge') });
  if (d.optional === true) content.push(t(' '), { kind: 'badge', tone: 'info', text: say('optionalBadge') });
  const origin = d.sourceDetail ?? (d.source && d.source !== 'data-subject' ? SOURCE_LABEL[d.source] : undefined);
  if (origin) content.push(t(` (origen: ${origin})`));
  if (d.use) content.push(t(': '), ...mdi(d.use));
  return { content };
}

/**
 * Data under the notice's own headings (`group`), or under the label of their stated category, in
 * order of first appearance. Items with neither are listed as they come.
 */
function dataList(items: DataItem[]): Block {
  const groups = new Map<string, DataItem[]>();
  for (const d of items) {
    const key = d.group ?? (d.category ? CATEGORY_LABEL[d.category] : '');
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  if (groups.size === 1 && !items[0]?.group) return { kind: 'list', ordered: false, items: items.map(dataItem) };
  const out: ListItem[] = [];
  for (const [label, ds] of groups) {
    if (!label) out.push(...ds.map(dataItem));
    else out.push({ content: [strong(label)], children: [{ kind: 'list', ordered: false, items: ds.map(dataItem) }] });
  }
  return { kind: 'list', ordered: false, items: out };
}

function sensitiveNote(n: Notice, a: Activity): Block[] {
  const sensitive = (a.data ?? []).filter((d) => d.sensitive === true);
  const basis = a.sensitiveDataBasis;
  const blocks: Block[] = [];
  if (sensitive.length) {
    const one = sensitive.length === 1;
    const words = one
      ? { subject: 'El dato marcado', predicate: 'es un dato personal sensible' }
      : { subject: 'Los datos marcados', predicate: 'son datos personales sensibles' };
    blocks.push(para(t(say('sensitiveNote', words))));
  }
  if (basis?.consent === 'express-written') blocks.push(para(t(say('sensitiveExpressWritten'))));
  else if (basis?.consent === 'not-required') {
    const cites = basis.exceptions?.length ? `, con fundamento en el ${basis.exceptions.map((c) => lawCitationText(c, n)).join('; ')}` : '';
    blocks.push(para(t(`${say('sensitiveNotRequired')}${cites}.`)));
  } else if (basis?.exceptions?.length) {
    blocks.push(para(t(`Fundamento: ${basis.exceptions.map((c) => lawCitationText(c, n)).join('; ')}.`)));
  }
  if (basis?.mechanism) blocks.push(...md(basis.mechanism));
  return blocks.length ? [{ kind: 'callout', tone: 'info', title: 'Datos sensibles', blocks }] : [];
}

/** The data an activity collects, under the notice's own grouping. */
export function dataBlocks(a: Activity, level: 3 | 4): Block[] {
  if (!a.data?.length && !a.dataNote) return [];
  const blocks: Block[] = [{ kind: 'heading', level, text: 'Datos personales que se recaban' }];
  if (a.dataNote) blocks.push(...md(a.dataNote));
  if (a.data?.length) blocks.push(dataList(a.data));
  return blocks;
}

export function activityBlocks(n: Notice, a: Activity, index: number, total: number, anchorPrefix: string, withRefusal = true): Block[] {
  const blocks: Block[] = [];
  const heading = activityHeading(a, index, total);
  // Without its own heading, the activity's parts sit directly under the section (no skipped level).
  const sub = heading ? 4 : 3;
  if (heading) blocks.push({ kind: 'heading', level: 3, text: heading, id: `${anchorPrefix}-${index + 1}` });
  if (a.description) blocks.push(...md(a.description));
  if (a.channels?.length) {
    blocks.push(para(t('Medios por los que se recaban los datos:')));
    blocks.push(channelList(a.channels));
  }
  blocks.push(...dataBlocks(a, sub));
  blocks.push(...sensitiveNote(n, a));
  blocks.push(...purposeBlocks(n, a, sub, withRefusal));
  if (a.retention) {
    blocks.push({ kind: 'heading', level: sub, text: 'Conservación de los datos' });
    blocks.push(...md(a.retention));
  }
  return blocks;
}

export function dataSection(n: Notice): Section {
  const total = n.activities.length;
  const blocks: Block[] = n.activitiesIntro ? md(n.activitiesIntro) : [];
  if (total > 1) {
    blocks.push(para(t('Este aviso cubre los siguientes tratamientos:')));
    blocks.push({
      kind: 'list',
      ordered: false,
      items: n.activities.map((a, i) => ({
        content: [{ kind: 'link', href: `#tratamiento-${i + 1}`, children: [t(activityHeading(a, i, total) ?? `Tratamiento ${i + 1}`)] }],
      })),
    });
  }
  n.activities.forEach((a, i) => blocks.push(...activityBlocks(n, a, i, total, 'tratamiento')));
  return { id: SECTION_IDS.data, title: SECTION_TITLES.data, blocks };
}
