import { createRequire } from 'node:module';
import { Lexer, type Token, type Tokens } from 'marked';
import type SanitizeHtml from 'sanitize-html';
import type { Block, Inline, ListItem } from './document.js';

// Markdown fields become section-model nodes (Block/Inline), never HTML strings: every emitter
// (HTML, PDF, text) renders the same tree, and the HTML renderer escapes every text node. Raw HTML
// in a field is reduced to its text by sanitize-html (script/style bodies dropped), so no tag,
// attribute or event handler survives; links keep only http(s), mailto and tel targets.

const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|#)/i;
/** Elements whose content is code or UI, not prose: their text is dropped with them. */
const RAW_CONTENT = /^<\s*(script|style|textarea|iframe|object|noscript|template|svg|math|select)\b/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

// sanitize-html (with htmlparser2 and postcss) is loaded on first use: most notices contain no raw
// HTML, and a cold `notice check` should not pay for it.
const require = createRequire(import.meta.url);
let sanitizer: typeof SanitizeHtml | undefined;

/** The visible text of a raw HTML fragment: tags and their attributes removed, script bodies dropped. */
export function htmlToText(html: string): string {
  sanitizer ??= require('sanitize-html') as typeof SanitizeHtml;
  const text = sanitizer(html, { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: 'discard' });
  return decodeEntities(text);
}

/** True when an href may appear in a published notice. */
export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href.trim()) && !/[\s<>"'`]/.test(href.trim());
}

function text(t: string): Inline {
  return { kind: 'text', text: t };
}

function inlineTokens(tokens: Token[] | undefined): Inline[] {
  const out: Inline[] = [];
  let skipping: string | null = null;
  for (const tok of tokens ?? []) {
    if (skipping) {
      if (tok.type === 'html' && new RegExp(`^<\\s*/\\s*${skipping}\\b`, 'i').test(tok.raw)) skipping = null;
      continue;
    }
    switch (tok.type) {
      case 'text':
      case 'escape': {
        const t = tok as Tokens.Text;
        if (t.tokens && t.tokens.length) out.push(...inlineTokens(t.tokens));
        else out.push(text(decodeEntities(t.text).replace(/\s*\n\s*/g, ' ')));
        break;
      }
      case 'strong':
        out.push({ kind: 'strong', children: inlineTokens((tok as Tokens.Strong).tokens) });
        break;
      case 'em':
        out.push({ kind: 'em', children: inlineTokens((tok as Tokens.Em).tokens) });
        break;
      case 'del':
        out.push(...inlineTokens((tok as Tokens.Del).tokens));
        break;
      case 'codespan':
        out.push(text(decodeEntities((tok as Tokens.Codespan).text)));
        break;
      case 'br':
        out.push(text(' '));
        break;
      case 'link': {
        const l = tok as Tokens.Link;
        const children = inlineTokens(l.tokens);
        if (isSafeHref(l.href)) out.push({ kind: 'link', href: l.href.trim(), children });
        else out.push(...children);
        break;
      }
      case 'image':
        // No external requests from a published notice: an image becomes its alternative text.
        if ((tok as Tokens.Image).text) out.push(text((tok as Tokens.Image).text));
        break;
      case 'html': {
        const m = RAW_CONTENT.exec(tok.raw);
        if (m && !/\/\s*>$/.test(tok.raw)) skipping = m[1]!.toLowerCase();
        else {
          const t = htmlToText(tok.raw);
          if (t) out.push(text(t));
        }
        break;
      }
      default:
        if ('text' in tok && typeof tok.text === 'string') out.push(text(htmlToText(tok.text)));
    }
  }
  return mergeText(out);
}

function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    const prev = out[out.length - 1];
    if (n.kind === 'text' && prev?.kind === 'text') prev.text += n.text;
    else if (n.kind !== 'text' || n.text !== '') out.push(n);
  }
  return out;
}

function listItem(item: Tokens.ListItem): ListItem {
  const content: Inline[] = [];
  const children: Block[] = [];
  for (const tok of item.tokens) {
    if ((tok.type === 'text' || tok.type === 'paragraph') && children.length === 0) {
      if (content.length) content.push(text(' '));
      content.push(...inlineTokens((tok as Tokens.Text).tokens ?? [tok]));
    } else children.push(...blockTokens([tok]));
  }
  return children.length ? { content: mergeText(content), children } : { content: mergeText(content) };
}

function blockTokens(tokens: Token[]): Block[] {
  const out: Block[] = [];
  for (const tok of tokens) {
    switch (tok.type) {
      case 'paragraph':
      case 'text': {
        const content = inlineTokens((tok as Tokens.Paragraph).tokens ?? [tok]);
        if (content.length) out.push({ kind: 'paragraph', content: trimInlines(content) });
        break;
      }
      case 'heading':
        // Field text sits under our own headings: its headings become bold paragraphs.
        out.push({ kind: 'paragraph', content: [{ kind: 'strong', children: inlineTokens((tok as Tokens.Heading).tokens) }] });
        break;
      case 'list': {
        const l = tok as Tokens.List;
        out.push({ kind: 'list', ordered: l.ordered, items: l.items.map(listItem) });
        break;
      }
      case 'blockquote':
        out.push({ kind: 'callout', tone: 'info', blocks: blockTokens((tok as Tokens.Blockquote).tokens) });
        break;
      case 'code':
        out.push({ kind: 'paragraph', content: [text((tok as Tokens.Code).text)] });
        break;
      case 'table': {
        const t = tok as Tokens.Table;
        out.push({
          kind: 'table',
          head: t.header.map((c) => plainText(inlineTokens(c.tokens))),
          rows: t.rows.map((r) => r.map((c) => inlineTokens(c.tokens))),
        });
        break;
      }
      case 'html': {
        const t = htmlToText(tok.raw).trim();
        if (t) out.push({ kind: 'paragraph', content: [text(t.replace(/\s+/g, ' '))] });
        break;
      }
      default:
        break; // space, hr, def
    }
  }
  return out;
}

function trimInlines(nodes: Inline[]): Inline[] {
  const first = nodes[0];
  if (first?.kind === 'text') first.text = first.text.replace(/^\s+/, '');
  const last = nodes[nodes.length - 1];
  if (last?.kind === 'text') last.text = last.text.replace(/\s+$/, '');
  return nodes.filter((n) => n.kind !== 'text' || n.text !== '');
}

/** Parse a Markdown field into blocks. */
export function markdownBlocks(md: string): Block[] {
  return blockTokens(new Lexer({ gfm: true }).lex(md));
}

/** Parse a short Markdown field into inline content (several paragraphs are joined with a space). */
export function markdownInline(md: string): Inline[] {
  const blocks = markdownBlocks(md);
  const out: Inline[] = [];
  for (const b of blocks) {
    if (out.length) out.push(text(' '));
    if (b.kind === 'paragraph') out.push(...b.content);
    else out.push(text(plainText(blockInlines(b))));
  }
  return mergeText(out);
}

function blockInlines(b: Block): Inline[] {
  if (b.kind === 'list') return b.items.flatMap((i, n) => (n ? [text('; '), ...i.content] : i.content));
  if (b.kind === 'paragraph') return b.content;
  if (b.kind === 'callout') return b.blocks.flatMap(blockInlines);
  return [];
}

/** The plain text of inline content (badges included as their text). */
export function plainText(nodes: Inline[]): string {
  return nodes
    .map((n) => (n.kind === 'text' || n.kind === 'badge' ? n.text : plainText(n.children)))
    .join('');
}
