import type { Channel, Notice } from '../../model/notice.js';
import type { Inline, Summary, SummaryItem } from '../document.js';
import { CATEGORY_LABEL, CHANNEL_LABEL, LABELS, SECTION_IDS } from './labels.js';
import { say } from './generated.js';
import { formatAddress, joinEs, link, phoneInlines, strong, t } from './inline.js';
import { controllerDisplayName } from './controller.js';
import { mechanismsFor } from './purposes.js';
import { consentUses, nothingNeedsConsent } from './refusal.js';
import { consentTransfers } from './transfers.js';

/** The shortest useful form of a channel: a link or number when there is one. */
function channelShort(c: Channel): Inline[] {
  if (c.email) return [link(`mailto:${c.email}`, c.email)];
  if (c.url) return [t(`${c.label ?? CHANNEL_LABEL[c.kind]}: `), link(c.url)];
  if (c.phone) return [t('teléfono '), ...phoneInlines(c.phone)];
  if (c.address) return [t(`${c.label ?? CHANNEL_LABEL[c.kind]}: ${formatAddress(c.address)}`)];
  return [t(c.label ?? CHANNEL_LABEL[c.kind])];
}

function joinInlines(parts: Inline[][], sep = '; '): Inline[] {
  return parts.flatMap((p, i) => (i ? [t(sep), ...p] : p));
}

/** 'Datos de salud' -> 'de salud'; 'Imagen y voz' -> 'imagen y voz'. */
function categoryPhrase(label: string): string {
  return label.startsWith('Datos ') ? label.slice(6) : label.charAt(0).toLowerCase() + label.slice(1);
}

function dataItem(n: Notice): SummaryItem | undefined {
  const all = n.activities.flatMap((a) => a.data ?? []);
  if (!all.length) return undefined;
  const names = [...new Set(all.map((d) => d.name))];
  const sensitive = [...new Set(all.filter((d) => d.sensitive === true).map((d) => d.name))];
  const cats = [...new Set(all.flatMap((d) => (d.category ? [categoryPhrase(CATEGORY_LABEL[d.category])] : [])))];
  const description: Inline[] = [t(`${names.length} ${names.length === 1 ? 'dato' : 'datos'}${cats.length ? ` (${joinEs(cats)})` : ''}.`)];
  if (sensitive.length) {
    const one = sensitive.length === 1;
    description.push(t(' '), { kind: 'strong', children: [t(one ? say('summaryOneSensitive') : say('summarySensitive', { count: sensitive.length }))] });
    description.push(t(`: ${sensitive.join('; ')}.`));
  } else if (all.every((d) => d.sensitive === false)) description.push(t(` ${say('summaryNoneSensitive')}`));
  return { id: 'datos', term: 'Qué datos se recaban', description, href: `#${SECTION_IDS.data}`, hrefLabel: 'Ver todos los datos y finalidades' };
}

function refusalItem(n: Notice): SummaryItem | undefined {
  const uses = consentUses(n);
  const count = uses.purposes.length + uses.transfers.length;
  const base = { id: 'negativa', term: 'Cómo negarse a los usos adicionales', href: `#${SECTION_IDS.refusal}`, hrefLabel: 'Detalles sobre la negativa' };
  if (!count) return nothingNeedsConsent(n) ? { ...base, description: [t(say('summaryNoConsent'))] } : undefined;
  const ids = [
    ...n.activities.flatMap((a) => a.purposes.filter((p) => p.type === 'secondary').flatMap((p) => p.refusal ?? [])),
    ...consentTransfers(n).flatMap((x) => x.refusal ?? []),
  ];
  const mechanisms = mechanismsFor(n, ids);
  const description: Inline[] = [
    strong('Puede negarse a: '),
    t(`${[...uses.purposes, ...uses.transfers.map((x) => `transferencia a ${x}`)].join('; ')}. `),
  ];
  const channels = mechanisms.flatMap((m) => m.channels ?? []);
  if (channels.length) description.push(strong('Cómo: '), ...joinInlines(channels.map(channelShort)), t('.'));
  else if (mechanisms.some((m) => m.viaArcoOpposition === true)) description.push(t(say('summaryViaOpposition')));
  return { ...base, description };
}

/** Where to exercise ARCO rights: the channels the notice states for them, nothing assumed. */
function arcoItem(n: Notice): SummaryItem | undefined {
  const channels = (n.rights?.channels ?? []).filter((c) => c && typeof c === 'object');
  if (!channels.length) return undefined;
  const description: Inline[] = [...joinInlines(channels.map(channelShort)), t('.')];
  return { id: 'arco', term: say('summaryArcoWhere'), description, href: `#${SECTION_IDS.rights}`, hrefLabel: 'Cómo presentar su solicitud' };
}

export function buildSummary(n: Notice): Summary {
  const items: (SummaryItem | undefined)[] = [
    {
      id: 'quien',
      term: LABELS.controllerLabel,
      description: [t(`${controllerDisplayName(n)}.`)],
      href: `#${SECTION_IDS.controller}`,
      hrefLabel: 'Más sobre el responsable',
    },
    dataItem(n),
    refusalItem(n),
    arcoItem(n),
  ];
  return { title: 'En resumen', items: items.filter((x): x is SummaryItem => x !== undefined) };
}
