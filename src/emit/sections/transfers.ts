import type { Notice, Transfer } from '../../model/notice.js';
import type { Block, Inline, ListItem, Section } from '../document.js';
import { PROCESSOR_ROLE_LABEL, RECIPIENT_KIND_LABEL, SECTION_IDS, SECTION_TITLES } from './labels.js';
import { say } from './generated.js';
import { countryName, instrumentItem, lawCitationText, md, mdi, para, plain, strong, t } from './inline.js';
import { refusalCallout } from './purposes.js';

/** '(Autoridad pública, Estados Unidos)': only what the notice states about the recipient. */
function recipientDetails(tr: Transfer): string {
  const parts: string[] = [];
  if (tr.recipientKind) parts.push(RECIPIENT_KIND_LABEL[tr.recipientKind]);
  if (tr.country) parts.push(countryName(tr.country));
  else if (tr.international === true) parts.push(say('transferInternational'));
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function transferItem(n: Notice, tr: Transfer): ListItem {
  const content: Inline[] = [strong(tr.recipient), t(recipientDetails(tr))];
  if (tr.consentRequired === true) content.push(t(' '), { kind: 'badge', tone: 'consent', text: say('transferConsent') });
  if (tr.consentRequired === false) content.push(t(' '), { kind: 'badge', tone: 'no-consent', text: say('transferNoConsent') });
  const children: Block[] = [];
  if (tr.purpose) children.push(para(t('Finalidad: '), ...mdi(tr.purpose)));
  if (tr.data?.length) children.push(para(t(`Datos que se transfieren: ${tr.data.join('; ')}.`)));
  if (tr.consentMechanism) children.push(para(t('Cómo se obtiene su consentimiento: '), ...mdi(tr.consentMechanism)));
  if (tr.exceptions?.length) children.push(para(t(`Fundamento: ${tr.exceptions.map((c) => lawCitationText(c, n)).join('; ')}.`)));
  for (const i of tr.legalBasis ?? []) children.push(para(t('Fundamento: '), ...instrumentItem(i).content));
  if (tr.instrument) children.push(para(t(`Instrumento: ${tr.instrument}.`)));
  return children.length ? { content, children } : { content };
}

export function transferList(n: Notice, items: Transfer[]): Block {
  return { kind: 'list', ordered: false, items: items.map((tr) => transferItem(n, tr)) };
}

/** Transfers the notice states need consent (`consentRequired: true`). */
export function consentTransfers(n: Notice): Transfer[] {
  return (n.transfers?.items ?? []).filter((tr) => tr.consentRequired === true);
}

function exceptionList(n: Notice): Block[] {
  const tr = n.transfers;
  if (!tr?.exceptions?.length) return [];
  // The notice's own statement introduces its exceptions; otherwise a restatement of what it declared.
  const intro = tr.statement ? [] : [para(t(say(tr.none === true ? 'transfersNoneExcept' : 'transfersExceptions')))];
  return [
    ...intro,
    {
      kind: 'list',
      ordered: false,
      items: tr.exceptions.map((e) => ({
        content: [t(e.description), ...(e.citations?.length ? [t(` (${e.citations.map((c) => lawCitationText(c, n)).join('; ')})`)] : [])],
      })),
    },
  ];
}

function processorBlocks(n: Notice): Block[] {
  if (!n.processors?.length) return [];
  return [
    { kind: 'heading', level: 3, text: 'Encargados y proveedores que tratan datos por cuenta del responsable' },
    {
      kind: 'list',
      ordered: false,
      items: n.processors.map((p) => {
        const content: Inline[] = [];
        if (p.name) content.push(strong(p.name));
        const details = [p.role ? PROCESSOR_ROLE_LABEL[p.role] : '', p.country ? countryName(p.country) : ''].filter(Boolean);
        if (details.length) content.push(p.name ? t(` (${details.join(', ')})`) : strong(details.join(', ')));
        if (p.service) content.push(...(content.length ? [t(': ')] : []), ...mdi(p.service));
        // Next detail after a full stop already written by the notice, or after one of ours.
        const sep = () => (!content.length ? '' : /[.]\s*$/.test(plain(content)) ? ' ' : '. ');
        if (p.data?.length) content.push(t(`${sep()}Datos que trata: ${p.data.join('; ')}`));
        if (p.instrument) content.push(t(`${sep()}Instrumento: ${p.instrument}`));
        return { content };
      }),
    },
  ];
}

export function transfersSection(n: Notice): Section | undefined {
  const tr = n.transfers;
  const blocks: Block[] = [];
  if (tr?.statement) blocks.push(...md(tr.statement));
  else if (tr?.none === true && !tr.exceptions?.length) blocks.push(para(t(say('transfersNone'))));
  blocks.push(...exceptionList(n));
  const items = tr?.items ?? [];
  if (items.length) {
    blocks.push({ kind: 'heading', level: 3, text: 'Destinatarios y finalidades' });
    blocks.push(transferList(n, items));
    const consent = consentTransfers(n);
    if (consent.length) {
      blocks.push(refusalCallout(n, consent.flatMap((c) => c.refusal ?? []), consent.length > 1 ? 'estas transferencias' : 'esta transferencia'));
    }
  }
  if (tr?.confidentiality) blocks.push(...md(tr.confidentiality));
  blocks.push(...processorBlocks(n));
  if (!blocks.length) return undefined;
  return { id: SECTION_IDS.transfers, title: SECTION_TITLES.transfers, blocks };
}

/**
 * Simplified notice, art. 21 fr. VII: the transfers the notice states need consent, with recipients
 * and purposes. «No transfers needing consent» only when the notice states it (none, or each listed
 * transfer stated not to need consent).
 */
export function simplifiedTransfersSection(n: Notice): Section | undefined {
  const consent = consentTransfers(n);
  const items = n.transfers?.items ?? [];
  const unstated = items.filter((x) => x.consentRequired === undefined);
  const blocks: Block[] = [];
  // A source that is itself a simplified notice: its own words about transfers are part of it.
  if (n.kind === 'simplified') {
    if (n.transfers?.statement) blocks.push(...md(n.transfers.statement));
    blocks.push(...exceptionList(n));
  }
  if (consent.length) blocks.push(transferList(n, consent));
  else if (!n.transfers?.statement && (items.length ? items.every((x) => x.consentRequired === false) : n.transfers?.none === true)) {
    blocks.push(para(t(say('noConsentTransfers'))));
  }
  // Transfers whose need for consent the notice does not state: listed as they are, without a claim.
  if (unstated.length) {
    if (blocks.length) blocks.push({ kind: 'heading', level: 3, text: 'Otras transferencias' });
    blocks.push(transferList(n, unstated));
  }
  if (n.kind === 'simplified') {
    if (n.transfers?.confidentiality) blocks.push(...md(n.transfers.confidentiality));
    blocks.push(...processorBlocks(n));
  }
  if (!blocks.length) return undefined;
  const general = unstated.length > 0 || (n.kind === 'simplified' && Boolean(n.transfers?.statement || n.transfers?.exceptions?.length));
  return { id: SECTION_IDS.transfers, title: general ? SECTION_TITLES.transfers : SECTION_TITLES.transfersConsent, blocks };
}
