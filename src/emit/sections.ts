import type { Notice } from '../model/notice.js';
import type { NoticeDocument, NoticeLocations, Section } from './document.js';
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
  /** Base URL of the published site; with the notice id it locates the pages built here. */
  baseUrl?: string;
}

/** Output file names inside a notice's folder. */
export const FILES = {
  integral: 'index.html',
  simplified: 'simplificado.html',
  text: 'simplificado.txt',
  jsonld: 'aviso.jsonld',
} as const;

/** What the source is (`kind`; a pair when unstated). */
export function noticeKind(n: Notice): NonNullable<Notice['kind']> {
  return n.kind ?? 'pair';
}

/**
 * The variants built from this source: both for a pair, only the integral for an integral-only
 * source (its simplified is elsewhere), only the simplified for a simplified-only source. Emitters
 * produce nothing for a variant not listed here.
 */
export function noticeVariants(n: Notice): Variant[] {
  const kind = noticeKind(n);
  return kind === 'pair' ? ['integral', 'simplified'] : [kind];
}

const folderUrl = (baseUrl: string, id: string) => `${baseUrl.replace(/\/+$/, '')}/${id}/`;

export function noticeLocations(n: Notice, baseUrl?: string): NoticeLocations {
  const pub = n.publication ?? {};
  const kind = noticeKind(n);
  const out: NoticeLocations = {};
  if (kind === 'simplified') {
    const url = pub.integralUrl ?? (pub.integralNotice && baseUrl ? folderUrl(baseUrl, pub.integralNotice) : undefined);
    if (url) out.integralUrl = url;
    const href = url ?? (pub.integralNotice ? `../${pub.integralNotice}/${FILES.integral}` : pub.integralDocument?.url);
    if (href) out.integralHref = href;
    return out;
  }
  const own = pub.integralUrl ?? (baseUrl ? folderUrl(baseUrl, n.id) : undefined);
  if (own) out.integralUrl = own;
  if (kind === 'pair') {
    out.integralHref = FILES.integral;
    out.simplifiedHref = FILES.simplified;
    if (baseUrl) out.simplifiedUrl = `${folderUrl(baseUrl, n.id)}${FILES.simplified}`;
    return out;
  }
  const simplified = pub.simplifiedUrl ?? (pub.simplifiedNotice && baseUrl ? `${folderUrl(baseUrl, pub.simplifiedNotice)}${FILES.simplified}` : undefined);
  if (simplified) out.simplifiedUrl = simplified;
  const href = simplified ?? (pub.simplifiedNotice ? `../${pub.simplifiedNotice}/${FILES.simplified}` : undefined);
  if (href) out.simplifiedHref = href;
  return out;
}

/** Where the integral notice is published: stated in the notice, or where this build puts it. */
export function integralUrlOf(n: Notice, baseUrl?: string): string | undefined {
  return noticeLocations(n, baseUrl).integralUrl;
}

function simplifiedTitle(n: Notice): string {
  if (noticeKind(n) === 'simplified') return n.title;
  const t = n.title.replace(/\bintegral\b/gi, (m) => (m === 'INTEGRAL' ? 'SIMPLIFICADO' : m[0] === 'I' ? 'Simplificado' : 'simplificado'));
  return t === n.title ? `Aviso de privacidad simplificado: ${n.title}` : t;
}

function integralSections(n: Notice, loc: NoticeLocations): Section[] {
  const sections = [controllerSection(n), dataSection(n), legalBasisSection(n), transfersSection(n), refusalSection(n), rightsSection(n), cookiesSection(n)].filter(
    (s): s is Section => s !== undefined,
  );
  const taken = new Set(sections.map((s) => s.id));
  taken.add('cambios');
  sections.push(...extraSections(n, taken));
  // A pair's simplified page sits beside the integral one (the page's navigation links it); an
  // integral-only source says where its separate simplified notice is.
  const changes = changesSection(n, loc.simplifiedUrl && noticeKind(n) === 'integral' ? { url: loc.simplifiedUrl } : {});
  if (changes) sections.push(changes);
  return sections;
}

/**
 * Build the section model of one notice. All the wording of a notice lives here, in
 * sections/labels.ts and in the catalogue sections/generated.ts, so the HTML, PDF and text outputs
 * of both variants say the same thing, and say only what the notice states.
 */
export function buildDocument(n: Notice, variant: Variant, options: BuildOptions = {}): NoticeDocument {
  if (!noticeVariants(n).includes(variant)) {
    throw new Error(`The notice «${n.id}» is of kind «${noticeKind(n)}»: it has no ${variant} variant (see noticeVariants).`);
  }
  const loc = noticeLocations(n, options.baseUrl);
  const sections = variant === 'integral' ? integralSections(n, loc) : simplifiedSections(n, loc);
  const name = controllerDisplayName(n);
  const links: NonNullable<NoticeDocument['links']> = {};
  if (variant === 'integral') {
    if (loc.simplifiedHref) links.simplified = loc.simplifiedHref;
    links.jsonld = FILES.jsonld;
  } else if (loc.integralHref) links.integral = loc.integralHref;
  const doc: NoticeDocument = {
    variant,
    lang: 'es-MX',
    title: variant === 'integral' ? n.title : simplifiedTitle(n),
    controllerName: n.controller.name,
    description: `Aviso de privacidad ${variant === 'integral' ? 'integral' : 'simplificado'}. Responsable: ${name}.`,
    sections,
    draft: options.draft ?? false,
    controllerAddress: formatAddress(n.controller.address),
    labels: LABELS,
    links,
  };
  if (n.updated) doc.updated = { iso: n.updated, text: formatSpanishDate(n.updated) };
  if (n.subtitle) doc.subtitle = n.subtitle;
  if (n.controller.shortName) doc.controllerShortName = n.controller.shortName;
  if (loc.integralUrl) doc.integralUrl = loc.integralUrl;
  if (variant === 'integral') doc.summary = buildSummary(n);
  return doc;
}
