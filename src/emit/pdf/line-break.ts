import { token, type RunStyle, type Token } from './inline-runs.js';

/**
 * Measures `text` in `style`, in points (a badge's width includes its padding). Given the token,
 * a measure may keep what it computed on it (the PDF's keeps the shaped glyphs for drawing).
 */
export type Measure = (style: RunStyle, text: string, token?: Token) => number;

/** A piece of one line in one style, at `x` from the line start. */
export class Fragment {
  /** The words and spaces that make up the fragment, each shaped once per process. */
  readonly pieces: Token[];
  readonly style: RunStyle;
  readonly x: number;
  /** Drawn width, without a trailing space. */
  width = 0;

  constructor(first: Token, style: RunStyle, x: number) {
    this.pieces = [first];
    this.style = style;
    this.x = x;
  }

  get text(): string {
    return this.pieces.map((p) => p.text).join('');
  }
}

export interface Line {
  fragments: Fragment[];
  width: number;
}

/** A token's width, measured once. */
function widthOf(t: Token, measure: Measure): number {
  return (t.width ??= measure(t.style, t.text, t));
}

interface Word {
  pieces: Token[];
  width: number;
  space: Token | undefined;
}

/**
 * Where a long word (a URL, an e-mail address, a code) may break, following the Chicago Manual of
 * Style for URLs: after «//» or a colon; before a slash, period, hyphen, underscore, «@», «?», «#»,
 * «%», «~» or comma; before or after «=» and «&». Never after a hyphen: a line ending in «-» reads
 * as a hyphenated word, and text extraction (poppler) then drops the hyphen from the URL.
 */
export function breakPoints(text: string): number[] {
  const points: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const prev = text[i - 1]!;
    const c = text[i]!;
    if (c === '/' && (prev === '/' || prev === ':' || text[i + 1] === '/')) continue;
    if ((prev === '/' && text[i - 2] === '/') || (prev === ':' && c !== '/')) points.push(i);
    else if ('/.-_@?#%~,'.includes(c) || '=&'.includes(c) || '=&'.includes(prev)) points.push(i);
  }
  return points;
}

/**
 * Splits a word wider than a whole line into chunks that fit. No hyphen is added (Spanish
 * hyphenation is not attempted): such words are URLs, e-mail addresses or codes, which break at a
 * break point (see breakPoints) when one fills at least a third of the line, else between
 * characters.
 */
function splitWord(word: Word, max: number, measure: Measure): Word[] {
  const chunks: Word[] = [];
  let chunk: Word = { pieces: [], width: 0, space: undefined };
  for (const piece of word.pieces) {
    let text = '';
    for (const ch of piece.text) {
      const w = measure(piece.style, ch);
      if (chunk.width + w > max && (chunk.width > 0 || text)) {
        const points = breakPoints(text + ch);
        let cut = 0;
        for (const p of points) if (p <= text.length && p > text.length / 3) cut = p;
        const carry = cut ? text.slice(cut) : '';
        const head = cut ? text.slice(0, cut) : text;
        if (head) chunk.pieces.push(token(head, piece.style, false));
        chunk.width -= carry ? measure(piece.style, carry) : 0;
        chunks.push(chunk);
        chunk = { pieces: [], width: carry ? measure(piece.style, carry) : 0, space: undefined };
        text = carry;
      }
      text += ch;
      chunk.width += w;
    }
    if (text) chunk.pieces.push(token(text, piece.style, false));
  }
  if (word.space) chunk.space = word.space;
  chunks.push(chunk);
  return chunks;
}

function sameStyle(a: RunStyle, b: RunStyle): boolean {
  return a.face === b.face && a.size === b.size && a.color === b.color && a.link === b.link && a.badge === b.badge && !a.badge;
}

/** Turns a line's tokens into fragments: adjacent tokens in the same style are merged. */
function toLine(tokens: Token[], measure: Measure): Line {
  const fragments: Fragment[] = [];
  let x = 0;
  for (const t of tokens) {
    const last = fragments[fragments.length - 1];
    const w = widthOf(t, measure);
    if (last && sameStyle(last.style, t.style)) last.pieces.push(t);
    else fragments.push(new Fragment(t, t.style, x));
    x += w;
    const frag = fragments[fragments.length - 1]!;
    if (!t.space) frag.width = x - frag.x;
  }
  const lastFrag = fragments[fragments.length - 1];
  return { fragments, width: lastFrag ? lastFrag.x + lastFrag.width : 0 };
}

/**
 * Greedy line breaking at spaces, ragged right. The space that ends a line stays in its text
 * (invisible), so text extraction and screen readers get «palabra siguiente», never
 * «palabrasiguiente».
 */
export function breakLines(tokens: Token[], maxWidth: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  // One array for the line being filled, emptied after each line (toLine copies what it keeps).
  const current: Token[] = [];
  let width = 0;
  let pendingSpace: Token | undefined;
  const flush = (): void => {
    if (current.length) lines.push(toLine(current, measure));
    current.length = 0;
    width = 0;
  };
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    // A word: the tokens up to the next space (a link or a badge may touch the text around it).
    let j = i;
    let wordWidth = 0;
    while (j < n && !tokens[j]!.space) wordWidth += widthOf(tokens[j++]!, measure);
    const space = j < n ? tokens[j] : undefined;
    if (j === i) {
      // A space with no word before it (leading or doubled): dropped, as HTML does.
      i++;
      continue;
    }
    const spaceWidth = pendingSpace ? widthOf(pendingSpace, measure) : 0;
    if (current.length && width + spaceWidth + wordWidth > maxWidth) {
      if (pendingSpace) current.push(pendingSpace);
      flush();
    } else if (pendingSpace && current.length) {
      current.push(pendingSpace);
      width += spaceWidth;
    }
    if (wordWidth > maxWidth) {
      splitWord({ pieces: tokens.slice(i, j), width: wordWidth, space }, maxWidth, measure).forEach((part, k) => {
        if (k > 0) flush();
        for (const piece of part.pieces) current.push(piece);
        width += part.width;
      });
    } else {
      for (let k = i; k < j; k++) current.push(tokens[k]!);
      width += wordWidth;
    }
    pendingSpace = space;
    i = j + 1;
  }
  flush();
  return lines;
}
