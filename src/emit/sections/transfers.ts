import type { Notice, Transfer } from '../../model/notice.js';
import type { Block, Inline, ListItem, Section } from '../document.js';
import { RECIPIENT_KIND_LABEL, SECTION_IDS, SECTION_TITLES } from './labels.js';
import { instrumentItem, lawCitationText, md, mdi, para, strong, t } from './inline.js';
import { refusalCallout } from './purposes.js';

function transferItem(tr: Transfer): ListItem {
  const kind = RECIPIENT_KIND_LABEL[tr.recipientKind];
  const content: Inline[] = [strong(tr.recipient), t(` (${kind}${tr.country ? `, ${tr.country}` : ''}) `)];
  content.push(
    tr.consentRequired
      ? { kind: 'badge', tone: 'consent', text: 'Requiere su consentimiento' }
      : { kind: 'badge', tone: 'no-consent', text: 'No requiere su consentimiento' },
  );
  const children: Block[] = [para(t('Finalidad: '), ...mdi(tr.purpose))];
  if (tr.data?.length) children.push(para(t(`Datos que se transfieren: ${tr.data.join('; ')}.`)));
  if (tr.exceptions?.length) children.push(para(t(`Fundamento: ${tr.exceptions.map(lawCitationText).join('; ')}.`)));
  for (const i of tr.legalBasis ?? []) children.push(para(t('Fundamento: '), ...instrumentItem(i).content));
  if (tr.instrument) children.push(para(t(`Instrumento: ${tr.instrument}.`)));
  return { content, children };
}

export function transferList(items: Transfer[]): Block {
  return { kind: 'list', ordered: false, items: items.map(transferItem) };
}

export function consentTransfers(n: Notice): Transfer[] {
  return (n.transfers.items ?? []).filter((tr) => tr.consentRequired);
}

export function transfersSection(n: Notice): Section {
  const tr = n.transfers;
  const blocks: Block[] = [];
  if (tr.statement) blocks.push(...md(tr.statement));
  else if (tr.none) blocks.push(para(t('No se realizan transferencias de datos personales, salvo las previstas en la ley.')));
  if (tr.exceptions?.length) {
    blocks.push(para(t('Se transfieren datos sin su consentimiento únicamente en estos casos:')));
    blocks.push({
      kind: 'list',
      ordered: false,
      items: tr.exceptions.map((e) => ({
        content: [t(e.description), ...(e.citations?.length ? [t(` (${e.citations.map(lawCitationText).join('; ')})`)] : [])],
      })),
    });
  }
  const items = tr.items ?? [];
  if (items.length) {
    blocks.push({ kind: 'heading', level: 3, text: 'Destinatarios y finalidades' });
    blocks.push(transferList(items));
    const consent = consentTransfers(n);
    if (consent.length) {
      blocks.push(refusalCallout(n, consent.flatMap((c) => c.refusal ?? []), consent.length > 1 ? 'estas transferencias' : 'esta transferencia'));
    }
  }
  if (tr.confidentiality) blocks.push(...md(tr.confidentiality));
  if (n.processors?.length) {
    blocks.push({ kind: 'heading', level: 3, text: 'Encargados que tratan sus datos por cuenta del responsable' });
    blocks.push(para(t('Comunicar datos a un encargado es una remisión, no una transferencia: el encargado solo puede usarlos para el servicio contratado.')));
    blocks.push({
      kind: 'list',
      ordered: false,
      items: n.processors.map((p) => {
        const content: Inline[] = [strong(p.name)];
        if (p.country) content.push(t(` (${p.country})`));
        if (p.service) content.push(t(': '), ...mdi(p.service));
        if (p.instrument) content.push(t(`. Instrumento: ${p.instrument}`));
        return { content };
      }),
    });
  }
  return { id: SECTION_IDS.transfers, title: SECTION_TITLES.transfers, blocks };
}

/** Simplified notice, art. 21 fr. VII: only the transfers that need consent, with recipients and purposes. */
export function simplifiedTransfersSection(n: Notice): Section {
  const consent = consentTransfers(n);
  const blocks: Block[] = consent.length
    ? [transferList(consent)]
    : [para(t('No se realizan transferencias de datos personales que requieran su consentimiento.'))];
  return { id: SECTION_IDS.transfers, title: SECTION_TITLES.transfersConsent, blocks };
}
