import type { Inline } from '../document.js';
import type { FaceName } from './fonts.js';
import type { LinkTarget } from './links.js';

export type BadgeTone = Extract<Inline, { kind: 'badge' }>['tone'];

/** How a run of text is drawn. Runs with equal styles are merged into one fragment per line. */
export interface RunStyle {
  face: FaceName;
  size: number;
  color: string;
  link?: LinkTarget;
  badge?: BadgeTone;
  underline?: boolean;
}

/** A word piece or a space, in one style. */
export interface Token {
  text: string;
  style: RunStyle;
  space: boolean;
}

export interface RunDefaults {
  face: FaceName;
  size: number;
  color: string;
  linkColor: string;
  badgeColor: (tone: BadgeTone) => string;
  /** Resolves an href for the PDF; undefined draws the text without a link. */
  resolve: (href: string) => LinkTarget | undefined;
}

function face(bold: boolean, italic: boolean): FaceName {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/**
 * Flattens inline content into tokens: words split on whitespace, every run of whitespace (even
 * across runs) collapsed into one space, as HTML does. Badges become their own words, so a
 * reader never gets «CURPdato sensible».
 */
export function tokenize(inlines: Inline[], d: RunDefaults): Token[] {
  const tokens: Token[] = [];
  const push = (text: string, style: RunStyle): void => {
    for (const part of text.match(/\s+|[^\s]+/g) ?? []) {
      const space = /^\s+$/.test(part);
      const last = tokens[tokens.length - 1];
      if (space) {
        if (last && !last.space) tokens.push({ text: ' ', style, space: true });
      } else {
        tokens.push({ text: part, style, space: false });
      }
    }
  };
  const walk = (nodes: Inline[], bold: boolean, italic: boolean, link: LinkTarget | undefined): void => {
    for (const node of nodes) {
      const style: RunStyle = {
        face: face(bold, italic),
        size: d.size,
        color: link ? d.linkColor : d.color,
        ...(link ? { link, underline: true } : {}),
      };
      switch (node.kind) {
        case 'text':
          push(node.text, style);
          break;
        case 'strong':
          walk(node.children, true, italic, link);
          break;
        case 'em':
          walk(node.children, bold, true, link);
          break;
        case 'link':
          walk(node.children, bold, italic, d.resolve(node.href) ?? link);
          break;
        case 'badge': {
          const last = tokens[tokens.length - 1];
          if (last && !last.space) push(' ', style);
          push(node.text, { face: 'bold', size: d.size * 0.86, color: d.badgeColor(node.tone), badge: node.tone });
          tokens.push({ text: ' ', style, space: true });
          break;
        }
      }
    }
  };
  walk(inlines, d.face === 'bold' || d.face === 'boldItalic', d.face === 'italic' || d.face === 'boldItalic', undefined);
  while (tokens[0]?.space) tokens.shift();
  while (tokens[tokens.length - 1]?.space) tokens.pop();
  return tokens;
}

/** Plain text of inline content, for measuring, metadata and diagnostics. */
export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((n) => (n.kind === 'text' || n.kind === 'badge' ? n.text : inlineText(n.children)))
    .join('');
}
