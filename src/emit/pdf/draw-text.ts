import type { LinkRef } from './inline-runs.js';
import type { Line } from './line-break.js';
import type { StructElem } from './pdf-doc.js';
import { BADGE_PAD, baseline, linesLeft, newPage, type PdfState } from './page.js';

export interface DrawOptions {
  x: number;
  /** Structure element that owns the text (P, H2, LBody, TD…). */
  elem: StructElem;
  lineHeight: number;
  /** Skip page-break checks (table cells: the row was placed as a whole). */
  fixed?: boolean;
}

/**
 * How many of `n` lines go on the current page: all of them if they fit; otherwise a split that
 * leaves at least two lines on each page (no orphan at the foot, no widow at the head), or none
 * (the block starts on the next page). A page that is still empty takes what fits.
 */
export function linesHere(s: PdfState, n: number, lineHeight: number): number {
  const fit = linesLeft(s, lineHeight);
  if (n <= fit) return n;
  const k = Math.min(fit, n - 2);
  if (k >= 2) return k;
  return s.y <= s.theme.margin.top + 0.5 ? Math.max(1, fit) : 0;
}

/** Starts a new page if a block of `n` lines cannot begin here (see linesHere). */
export function placeLines(s: PdfState, n: number, lineHeight: number): void {
  if (n > 0 && linesHere(s, n, lineHeight) === 0) newPage(s);
}

/** Whether a line needs decoration drawn outside the text (badge backgrounds, link underlines). */
function hasDecoration(line: Line): boolean {
  return line.fragments.some((f) => f.style.badge || f.style.underline);
}

function decorate(s: PdfState, line: Line, x0: number, top: number, lh: number): void {
  const { doc } = s;
  doc.artifact(() => {
    for (const f of line.fragments) {
      const x = x0 + f.x;
      if (f.style.badge) {
        const c = s.theme.color.badge[f.style.badge];
        const h = f.style.size * 1.45;
        doc.roundedRect(x, top + (lh - h) / 2, f.width, h, 2.5, c.fill, c.border);
      } else if (f.style.underline) {
        const y = baseline(s, top, lh, f.style.size, f.style.face) + f.style.size * 0.13;
        doc.line(x, y, x + f.width, y, f.style.color, 0.6);
      }
    }
  });
}

/** What a link annotation says about itself: its text, and the address when the text does not show it. */
function linkContents(ref: LinkRef): string {
  if (ref.target.kind !== 'uri') return ref.text;
  const shown = ref.target.uri.replace(/^(mailto:|tel:)/, '');
  const plain = (t: string): string => t.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return plain(ref.text).includes(plain(shown)) ? ref.text : `${ref.text} (${shown})`;
}

/**
 * Draws laid-out lines at the cursor, breaking pages between lines with widow and orphan
 * control. Text goes into marked content owned by `elem`; every link of the model becomes one
 * Link element holding its text and all its annotations (one per line it spans), so assistive
 * technology announces it once and the reading order is kept.
 */
export function drawLines(s: PdfState, lines: Line[], o: DrawOptions): void {
  const { doc } = s;
  const lh = o.lineHeight;
  // One marked-content sequence spans consecutive lines; links, decorations and page breaks end it.
  let open = false;
  const close = (): void => {
    if (open) doc.endMarked();
    open = false;
  };
  const links = new Map<LinkRef, StructElem>();
  let left = o.fixed ? Infinity : linesHere(s, lines.length, lh);
  lines.forEach((line, i) => {
    if (left === 0) {
      close();
      newPage(s);
      left = linesHere(s, lines.length - i, lh);
    }
    const top = s.y;
    if (hasDecoration(line)) {
      close();
      decorate(s, line, o.x, top, lh);
    }
    for (const f of line.fragments) {
      const x = o.x + f.x + (f.style.badge ? BADGE_PAD : 0);
      const y = baseline(s, top, lh, f.style.size, f.style.face);
      const ref = f.style.link;
      if (ref) {
        close();
        let link = links.get(ref);
        if (!link) links.set(ref, (link = doc.struct('Link', o.elem)));
        doc.beginTagged(link);
        doc.text(x, y, f.style.face, f.style.size, f.style.color, f.pieces);
        doc.endMarked();
        doc.link(link, x, top, f.width, lh, ref.target, linkContents(ref));
        continue;
      }
      if (!open) doc.beginTagged(o.elem);
      open = true;
      doc.text(x, y, f.style.face, f.style.size, f.style.color, f.pieces);
    }
    s.y += lh;
    left--;
  });
  close();
}
