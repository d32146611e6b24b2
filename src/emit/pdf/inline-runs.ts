import type { Inline } from '../document.js';
import type { FaceName, Shaped } from './fonts.js';
import type { LinkTarget } from './pdf-doc.js';

export type BadgeTone = Extract<Inline, { kind: 'badge' }>['tone'];

/** One link of the model: every fragment drawn for it belongs to one Link structure element. */
export interface LinkRef {
  target: LinkTarget;
  /** The link's whole text: the annotations' alternate description. */
  text: string;
}

/** How a run of text is drawn. Runs with equal styles are merged into one fragment per line. */
export interface RunStyle {
  face: FaceName;
  size: number;
  color: string;
  link?: LinkRef;
  badge?: BadgeTone;
  underline?: boolean;
}

/** A word piece, a space, or a whole badge, in one style. */
export interface Token {
  text: string;
  style: RunStyle;
  space: boolean;
  /** Width in points, filled in by the line breaker's first measurement. */
  width: number | undefined;
  /** The shaped glyphs, when the measure that took the width shaped them (the PDF's does). */
  shaped: Shaped | undefined;
}

export interface RunDefaults {
  face: FaceName;
  size: number;
  color: string;
  linkColor: string;
  /** Badge text colour by tone (the badge's fill and border come from the theme when drawn). */
  badgeColor: (tone: BadgeTone) => string;
  /** Resolves an href for the PDF; undefined draws the text without a link. */
  resolve: (href: string) => LinkTarget | undefined;
}

/**
 * A token with every field set from the start: tokens are the most numerous objects of a render,
 * and adding `width` and `shaped` later would give each one a second allocation.
 */
export function token(text: string, style: RunStyle, space: boolean): Token {
  return { text, style, space, width: undefined, shaped: undefined };
}

function face(bold: boolean, italic: boolean): FaceName {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/**
 * Spaces where a line may break: ASCII whitespace and the breaking Unicode spaces. No-break
 * spaces (U+00A0, U+2007, U+202F) stay inside their word, as in HTML.
 */
function breaking(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return false;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a && c !== 0x2007) || c === 0x2028 || c === 0x2029 || c === 0x205f || c === 0x3000;
}

/** Plain text of inline content, for measuring, metadata and diagnostics. */
export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((n) => (n.kind === 'text' || n.kind === 'badge' ? n.text : inlineText(n.children)))
    .join('');
}

/**
 * Flattens inline content into tokens: words split at breaking whitespace, every run of
 * whitespace (even across runs) collapsed into one space, as HTML does; text in NFC. A badge is
 * one token, never broken («Dato sensible» stays on one line), set off by spaces so a reader
 * never gets «CURPDato sensible».
 */
export function tokenize(inlines: Inline[], d: RunDefaults): Token[] {
  const tokens: Token[] = [];
  let afterBadge: RunStyle | undefined;
  const push = (raw: string, style: RunStyle): void => {
    // Text made only of characters below U+0300 is already NFC (composition needs combining marks).
    const text = /[\u0300-\uffff]/.test(raw) ? raw.normalize('NFC') : raw;
    // A badge is set off by a space, unless punctuation follows it: «Dato sensible: …».
    if (afterBadge && text && !/^[\s.,;:)\]»?!]/.test(text)) tokens.push(token(' ', afterBadge, true));
    afterBadge = undefined;
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (breaking(text.charCodeAt(i))) {
        while (i < n && breaking(text.charCodeAt(i))) i++;
        const last = tokens[tokens.length - 1];
        if (last && !last.space) tokens.push(token(' ', style, true));
      } else {
        const start = i;
        while (i < n && !breaking(text.charCodeAt(i))) i++;
        tokens.push(token(text.slice(start, i), style, false));
      }
    }
  };
  // Styles are immutable and shared by the tokens of a run: one object per face (and link).
  const plain = new Map<FaceName, RunStyle>();
  const linked = new Map<LinkRef, Map<FaceName, RunStyle>>();
  const styleFor = (faceName: FaceName, link: LinkRef | undefined): RunStyle => {
    let byFace = plain;
    if (link) {
      byFace = linked.get(link) ?? new Map();
      linked.set(link, byFace);
    }
    let st = byFace.get(faceName);
    if (!st) {
      st = link ? { face: faceName, size: d.size, color: d.linkColor, link, underline: true } : { face: faceName, size: d.size, color: d.color };
      byFace.set(faceName, st);
    }
    return st;
  };
  const walk = (nodes: Inline[], bold: boolean, italic: boolean, link: LinkRef | undefined): void => {
    for (const node of nodes) {
      const style = styleFor(face(bold, italic), link);
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
        case 'link': {
          const target = d.resolve(node.href);
          walk(node.children, bold, italic, target ? { target, text: inlineText(node.children).replace(/\s+/g, ' ').trim() } : link);
          break;
        }
        case 'badge': {
          const last = tokens[tokens.length - 1];
          if (last && !last.space) tokens.push(token(' ', style, true));
          afterBadge = undefined;
          const label = node.text.normalize('NFC').replace(/\s+/g, ' ').trim();
          if (label) tokens.push(token(label, { face: 'bold', size: d.size * 0.82, color: d.badgeColor(node.tone), badge: node.tone }, false));
          afterBadge = style;
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
