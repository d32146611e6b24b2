import type { Notice } from '../model/notice.js';
import type { NoticeDocument, Section } from './document.js';
import { formatSpanishDate } from './dates.js';
import { LABELS } from './sections/labels.js';
import { formatAddress } from './sections/inline.js';
import { controllerDisplayName, controllerSection } from './sections/controller.js';
import { dataSection } from './sections/data.js';
import { changesSection, cookiesSection, extraSections, legalBasisSection } from './sections/misc.js';
import { refusalSection } from './sections/refusal.js';
import { rightsSection } from './sections/rights.js';
import { buildSummary } from './sections/summary.js';
import { simplifiedSections } from './sections/simplified.js';
import { transfersSection } from './sections/transfers.js';

export type Variant = NoticeDocument['variant'];

export interface BuildOptions {
  /** Mark the document as a draft (built with --allow-errors while it has rule errors). */
  draft?: boolean;
  /** Base URL of the published site; with the notice id it locates the integral notice. */
  baseUrl?: string;
}

/** Output file names inside a notice's folder. */
export const FILES = {
  integral: 'index.html',
  simplified: 'simplificado.html',
  text: 'simplificado.txt',
  jsonld: 'aviso.jsonld',
} as const;

/** Where the integral notice is published: the notice says so, or the site's base URL does. */
export function integralUrlOf(n: Notice, baseUrl?: string): string | undefined {
  if (n.publication?.integralUrl) return n.publication.integralUrl;
  if (!baseUrl) return undefined;
  return `${baseUrl.replace(/\/+$/, '')}/${n.id}/`;
}

function simplifiedTitle(n: Notice): string {
  const t = n.title.replace(/\bintegral\b/gi, (m) => (m[0] === 'I' ? 'Simplificado' : 'simplificado'));
  return t === n.title ? `Aviso de privacidad simplificado: ${n.title}` : t;
}

/**
 * Build the section model of one notice. All the wording of a notice lives here and in
 * sections/labels.ts, so the HTML, PDF and text outputs of both variants say the same thing.
 */
export function buildDocument(n: Notice, variant: Variant, options: BuildOptions = {}): NoticeDocument {
  const integralUrl = integralUrlOf(n, options.baseUrl);
  let sections: Section[];
  if (variant === 'integral') {
    const taken = new Set<string>();
    sections = [controllerSection(n), dataSection(n), legalBasisSection(n), transfersSection(n), refusalSection(n), rightsSection(n)];
    const cookies = cookiesSection(n);
    if (cookies) sections.push(cookies);
    sections.forEach((s) => taken.add(s.id));
    taken.add('cambios');
    sections.push(...extraSections(n, taken));
    sections.push(changesSection(n, { simplified: FILES.simplified }));
  } else {
    sections = simplifiedSections(n, { url: integralUrl, relative: FILES.integral });
  }
  const name = controllerDisplayName(n);
  const doc: NoticeDocument = {
    variant,
    lang: 'es-MX',
    title: variant === 'integral' ? n.title : simplifiedTitle(n),
    controllerName: n.controller.name,
    updated: { iso: n.updated, text: formatSpanishDate(n.updated) },
    description:
      variant === 'integral'
        ? `Aviso de privacidad integral (responsable: ${name}): qué datos personales se recaban, para qué, con qué fundamento, a quién se transfieren, cómo negarse y cómo ejercer los derechos ARCO.`
        : `Aviso de privacidad simplificado (responsable: ${name}): finalidades, transferencias que requieren consentimiento y cómo negarse.`,
    sections,
    draft: options.draft ?? false,
    controllerAddress: formatAddress(n.controller.address),
    labels: LABELS,
    links:
      variant === 'integral'
        ? { simplified: FILES.simplified, jsonld: FILES.jsonld }
        : { integral: FILES.integral },
  };
  if (n.subtitle) doc.subtitle = n.subtitle;
  if (n.controller.shortName) doc.controllerShortName = n.controller.shortName;
  if (integralUrl) doc.integralUrl = integralUrl;
  if (variant === 'integral') doc.summary = buildSummary(n);
  return doc;
}
