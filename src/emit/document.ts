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
  /** ISO date or month of the last update, and the same written out in Spanish ('abril de 2025'). */
  updated: { iso: string; text: string };
  /** Where the integral notice is published (the simplified one links to it). */
  integralUrl?: string;
  description: string;
  sections: Section[];
  /** True when the notice has rule errors and was built with --allow-errors. */
  draft: boolean;
}
