import type { Activity, DataItem, Notice } from '../../model/notice.js';
import type { Block, Inline, ListItem, Section } from '../document.js';
import { CATEGORY_LABEL, LABELS, SECTION_IDS, SECTION_TITLES, SOURCE_LABEL, activityHeading } from './labels.js';
import { channelList, lawCitationText, md, mdi, para, strong, t } from './inline.js';
import { purposeBlocks } from './purposes.js';

function dataItem(d: DataItem): ListItem {
  const content: Inline[] = [t(d.name)];
  if (d.sensitive) content.push(t(' '), { kind: 'badge', tone: 'sensitive', text: LABELS.sensitiveBadge });
  if (d.optional) content.push(t(' '), { kind: 'badge', tone: 'info', text: 'Opcional' });
  const origin = d.sourceDetail ?? (d.source && d.source !== 'data-subject' ? SOURCE_LABEL[d.source] : undefined);
  if (origin) content.push(t(` (origen: ${origin})`));
  if (d.use) content.push(t(': '), ...mdi(d.use));
  return { content };
}

/** Data grouped under the notice's own headings (or by category), in order of first appearance. */
function dataList(items: DataItem[]): Block {
  const groups = new Map<string, DataItem[]>();
  for (const d of items) {
    const key = d.group ?? CATEGORY_LABEL[d.category];
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  if (groups.size === 1 && !items[0]?.group) return { kind: 'list', ordered: false, items: items.map(dataItem) };
  return {
    kind: 'list',
    ordered: false,
    items: [...groups].map(([label, ds]) => ({
      content: [strong(label)],
      children: [{ kind: 'list', ordered: false, items: ds.map(dataItem) }],
    })),
  };
}

function sensitiveNote(a: Activity): Block[] {
  const sensitive = a.data.filter((d) => d.sensitive);
  if (!sensitive.length) return [];
  const blocks: Block[] = [
    para(
      t(`${sensitive.length === 1 ? 'El dato marcado' : 'Los datos marcados'} como «${LABELS.sensitiveBadge}» `),
      t(sensitive.length === 1 ? 'es un dato personal sensible y recibe' : 'son datos personales sensibles y reciben'),
      t(' una protección reforzada.'),
    ),
  ];
  const basis = a.sensitiveDataBasis;
  if (basis?.consent === 'express-written') {
    blocks.push(para(t('Para tratarlos se le pedirá su consentimiento expreso y por escrito.')));
    if (basis.mechanism) blocks.push(...md(basis.mechanism));
  } else if (basis?.consent === 'not-required') {
    const cites = basis.exceptions?.length ? `, con fundamento en el ${basis.exceptions.map(lawCitationText).join('; ')}` : '';
    blocks.push(para(t(`Su tratamiento no requiere su consentimiento${cites}.`)));
    if (basis.mechanism) blocks.push(...md(basis.mechanism));
  }
  return [{ kind: 'callout', tone: 'info', title: 'Datos sensibles', blocks }];
}

export function activityBlocks(n: Notice, a: Activity, index: number, total: number, anchorPrefix: string): Block[] {
  const blocks: Block[] = [];
  const sub = 4 as const;
  blocks.push({ kind: 'heading', level: 3, text: activityHeading(a, index, total), id: `${anchorPrefix}-${index + 1}` });
  if (a.description) blocks.push(...md(a.description));
  if (a.channels?.length) {
    blocks.push(para(t('Medios por los que se recaban los datos:')));
    blocks.push(channelList(a.channels));
  }
  blocks.push({ kind: 'heading', level: sub, text: 'Datos personales que se recaban' });
  blocks.push(dataList(a.data));
  if (a.dataNote) blocks.push(...md(a.dataNote));
  blocks.push(...sensitiveNote(a));
  blocks.push(...purposeBlocks(n, a, sub));
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
    blocks.push(para(t(`Este aviso cubre ${total} tratamientos. Para cada uno se indican los datos que se recaban y sus finalidades.`)));
    blocks.push({
      kind: 'list',
      ordered: false,
      items: n.activities.map((a, i) => ({
        content: [{ kind: 'link', href: `#tratamiento-${i + 1}`, children: [t(activityHeading(a, i, total))] }],
      })),
    });
  }
  n.activities.forEach((a, i) => blocks.push(...activityBlocks(n, a, i, total, 'tratamiento')));
  return { id: SECTION_IDS.data, title: SECTION_TITLES.data, blocks };
}
