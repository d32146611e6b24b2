import type { Block, Inline, NoticeDocument } from '../../src/emit/document.js';
import { countryName } from '../../src/emit/sections/inline.js';

/** Keys whose string values are codes, references or bookkeeping, never printed as such. */
const NOT_PRINTED = new Set([
  'id', 'kind', 'category', 'source', 'type', 'law', 'municipalityKind', 'consent', 'context', 'language',
  'updated', 'suppressions', 'data', 'refusal', 'rights', 'asWritten', 'until', 'recipientKind',
]);

/** Markdown to the words a reader sees; link targets are returned separately. */
function markdownFacts(md: string): { text: string[]; urls: string[] } {
  const urls: string[] = [];
  const text = md
    .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => {
      urls.push(url);
      return label;
    })
    .replace(/<(https?:[^>]+|[^>@\s]+@[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,;:]|$)/gm, '$1$3')
    .replace(/`/g, '')
    .split(/\n\s*\n|\n\s*(?:[-*+]|\d+[.)])\s+|^\s*(?:[-*+]|\d+[.)])\s+|\n#+\s*|^#+\s*/m)
    .map((p) => p.trim())
    .filter(Boolean);
  return { text, urls };
}

export interface NoticeFact {
  path: string;
  text: string;
  /** A URL that may appear as the target of a link instead of its text. */
  url?: boolean;
}

/** Every string leaf of a notice that a reader must find in its integral notice. */
export function noticeFacts(value: unknown, path = ''): NoticeFact[] {
  if (typeof value === 'string') {
    const { text, urls } = markdownFacts(value);
    return [...text.map((t) => ({ path, text: t, url: /^(https?:|mailto:)/.test(t) })), ...urls.map((u) => ({ path, text: u, url: true }))];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => noticeFacts(v, `${path}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      NOT_PRINTED.has(k) ? [] : k === 'country' && typeof v === 'string' ? [{ path: `${path}/${k}`, text: countryName(v) }] : noticeFacts(v, `${path}/${k}`),
    );
  }
  return [];
}

/** Text of inline content as drawn: a badge is a word of its own. */
function inlineText(inlines: Inline[]): string {
  return inlines.map((n) => (n.kind === 'text' ? n.text : n.kind === 'badge' ? ` ${n.text} ` : inlineText(n.children))).join('');
}

function blockUnits(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [inlineText(b.content)];
    case 'heading':
      return [b.text];
    case 'list':
      return b.items.flatMap((it) => [inlineText(it.content), ...(it.children ?? []).flatMap(blockUnits)]);
    case 'table':
      return [...(b.caption ? [b.caption] : []), ...b.head, ...b.rows.flatMap((r) => r.map(inlineText))];
    case 'definitions':
      return b.items.flatMap((it) => [it.term, inlineText(it.description)]);
    case 'callout':
      return [...(b.title ? [b.title] : []), ...b.blocks.flatMap(blockUnits)];
  }
}

/** The model's text units in reading order (what a reader must find, in this order). */
export function modelUnits(m: NoticeDocument): string[] {
  return [
    m.title,
    ...(m.subtitle ? [m.subtitle] : []),
    m.description,
    ...(m.summary ? [m.summary.title, ...m.summary.items.flatMap((it) => [it.term, inlineText(it.description)])] : []),
    ...m.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(blockUnits)]),
  ]
    .map((u) => u.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
