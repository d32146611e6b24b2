/**
 * The section model shared by every emitter (HTML, PDF, text). An emitter renders this tree and
 * never reads the notice directly, so the integral and simplified outputs in every format say the
 * same thing by construction. Built from a validated notice by emit/sections.ts.
 */

/** Inline content: plain text, emphasis, links, and marks for sensitive data. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'badge'; tone: 'sensitive' | 'consent' | 'no-consent' | 'info'; text: string };

export type Block =
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'heading'; level: 3 | 4; text: string; id?: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'table'; caption?: string; head: string[]; rows: Inline[][][] }
  | { kind: 'definitions'; items: { term: string; description: Inline[] }[] }
  | { kind: 'callout'; tone: 'refusal' | 'info' | 'warning'; title?: string; blocks: Block[] };

export interface ListItem {
  content: Inline[];
  children?: Block[];
}

export interface Section {
  /** Stable anchor id, e.g. 'datos-personales'. */
  id: string;
  /** Question-style heading, e.g. '¿Qué datos personales se recaban y para qué finalidad?'. */
  title: string;
  blocks: Block[];
}

export interface NoticeDocument {
  variant: 'integral' | 'simplified';
  lang: 'es-MX';
  title: string;
  subtitle?: string;
  controllerName: string;
  /** ISO date or month of the last update, and the same written out in Spanish ('abril de 2025'); absent when the notice states none. */
  updated?: { iso: string; text: string };
  /** Absolute URL of the integral notice: stated in the notice, or where this build publishes it. */
  integralUrl?: string;
  description: string;
  sections: Section[];
  /** True when the notice has rule errors and was built with --allow-errors. */
  draft: boolean;
  /** Short name or acronym of the controller, e.g. 'IMSS' (for headers). */
  controllerShortName?: string;
  /** The controller's address written on one line (the simplified notice must carry it). */
  controllerAddress?: string;
  /** Integral notice only: the 'En resumen' box (who, what data, how to refuse, where to exercise ARCO). */
  summary?: Summary;
  /**
   * Navigation between the two variants: relative inside the built site ('simplificado.html',
   * '../<id>/index.html') or absolute when the other notice is published elsewhere.
   */
  links?: { integral?: string; simplified?: string; jsonld?: string };
  /** Fixed interface wording (table of contents, skip link, draft banner...), Spanish. */
  labels?: DocumentLabels;
}

export interface SummaryItem {
  /** Stable id, e.g. 'quien', 'datos', 'negativa', 'arco'. */
  id: string;
  term: string;
  description: Inline[];
  /** Anchor of the section with the details, e.g. '#negativa'. */
  href?: string;
  /** Label of that link, e.g. 'Detalles sobre la negativa'. */
  hrefLabel?: string;
}

export interface Summary {
  title: string;
  items: SummaryItem[];
}

/** Interface strings every renderer shares, so HTML, PDF and text say the same thing. */
export interface DocumentLabels {
  toc: string;
  skipLink: string;
  updated: string;
  draftBanner: string;
  draftDetail: string;
  integralLink: string;
  simplifiedLink: string;
  jsonldLink: string;
  backToTop: string;
  sensitiveBadge: string;
  controllerLabel: string;
}

/** Where the two notices of this source are, as links from one page to the other and as URLs. */
export interface NoticeLocations {
  /** Absolute URL of the integral page: stated in the notice, or where this build publishes it. */
  integralUrl?: string;
  /** Link from the simplified page to the integral one (relative inside the site when no URL is known). */
  integralHref?: string;
  /** Absolute URL of the simplified page, when it is published elsewhere or the base URL is known. */
  simplifiedUrl?: string;
  /** Link from the integral page to the simplified one. */
  simplifiedHref?: string;
}
