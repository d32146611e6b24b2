import type { Channel, Notice } from '../../model/notice.js';
import type { Inline, Summary, SummaryItem } from '../document.js';
import { CATEGORY_LABEL, CHANNEL_LABEL, LABELS, SECTION_IDS } from './labels.js';
import { formatAddress, joinEs, link, phoneInlines, strong, t } from './inline.js';
import { controllerDisplayName } from './controller.js';
import { mechanismsFor } from './purposes.js';
import { consentUses } from './refusal.js';
import { transparencyUnitName } from './rights.js';

/** The shortest useful form of a channel: a link or number when there is one. */
function channelShort(c: Channel): Inline[] {
  if (c.email) return [link(`mailto:${c.email}`, c.email)];
  if (c.url) return [t(`${c.label ?? CHANNEL_LABEL[c.kind]}: `), link(c.url)];
  if (c.phone) return [t('teléfono '), ...phoneInlines(c.phone)];
  return [t(c.label ?? CHANNEL_LABEL[c.kind])];
}

function joinInlines(parts: Inline[][], sep = '; '): Inline[] {
  return parts.flatMap((p, i) => (i ? [t(sep), ...p] : p));
}

/** 'Datos de salud' -> 'de salud'; 'Imagen y voz' -> 'imagen y voz'. */
function categoryPhrase(label: string): string {
  return label.startsWith('Datos ') ? label.slice(6) : label.charAt(0).toLowerCase() + label.slice(1);
}

function dataItem(n: Notice): SummaryItem {
  const all = n.activities.flatMap((a) => a.data);
  const names = [...new Set(all.map((d) => d.name))];
  const sensitive = [...new Set(all.filter((d) => d.sensitive).map((d) => d.name))];
  const cats = [...new Set(all.map((d) => categoryPhrase(CATEGORY_LABEL[d.category])))];
  const description: Inline[] = [t(`${names.length} ${names.length === 1 ? 'dato' : 'datos'} (${joinEs(cats)}). `)];
  if (sensitive.length) {
    description.push({ kind: 'strong', children: [t(`${sensitive.length} ${sensitive.length === 1 ? 'es sensible' : 'son sensibles'}`)] });
    description.push(t(`: ${sensitive.join('; ')}.`));
  } else description.push(t('Ninguno es sensible.'));
  return { id: 'datos', term: 'Qué datos se recaban', description, href: `#${SECTION_IDS.data}`, hrefLabel: 'Ver todos los datos y finalidades' };
}

function refusalItem(n: Notice): SummaryItem {
  const uses = consentUses(n);
  const count = uses.purposes.length + uses.transfers.length;
  const base = { id: 'negativa', term: 'Cómo negarse a los usos adicionales', href: `#${SECTION_IDS.refusal}`, hrefLabel: 'Detalles sobre la negativa' };
  if (!count) return { ...base, description: [t('Ningún uso descrito requiere su consentimiento.')] };
  const ids = [
    ...n.activities.flatMap((a) => a.purposes.filter((p) => p.type === 'secondary').flatMap((p) => p.refusal ?? [])),
    ...(n.transfers.items ?? []).filter((x) => x.consentRequired).flatMap((x) => x.refusal ?? []),
  ];
  const mechanisms = mechanismsFor(n, ids);
  const description: Inline[] = [
    strong('Puede negarse a: '),
    t(`${[...uses.purposes, ...uses.transfers.map((x) => `transferencia a ${x}`)].join('; ')}. `),
  ];
  const channels = mechanisms.flatMap((m) => m.channels ?? []);
  if (channels.length) description.push(strong('Cómo: '), ...joinInlines(channels.map(channelShort)), t('.'));
  else if (mechanisms.some((m) => m.viaArcoOpposition)) description.push(t('Hágalo mediante una solicitud de oposición (derechos ARCO).'));
  else if (!mechanisms.length) description.push(t('El aviso no indica un medio para negarse.'));
  else description.push(t('Vea cómo hacerlo en la sección sobre la negativa.'));
  return { ...base, description };
}

function arcoItem(n: Notice): SummaryItem {
  const u = n.transparencyUnit;
  const description: Inline[] = [t(`${transparencyUnitName(n)}: ${formatAddress(u.address)}`)];
  if (u.email) description.push(t('; '), link(`mailto:${u.email}`, u.email));
  const pnt = n.rights.channels?.find((c) => c.kind === 'pnt' && c.url) ?? u.web?.find((w) => /plataformadetransparencia/.test(w.url));
  if (pnt?.url) description.push(t('; o en la Plataforma Nacional de Transparencia: '), link(pnt.url));
  description.push(t('.'));
  return { id: 'arco', term: 'Dónde ejercer sus derechos ARCO', description, href: `#${SECTION_IDS.rights}`, hrefLabel: 'Cómo presentar su solicitud' };
}

export function buildSummary(n: Notice): Summary {
  return {
    title: 'En resumen',
    items: [
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
    ],
  };
}
