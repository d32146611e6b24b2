import type { Inline, NoticeDocument } from '../document.js';
import type { RunStyle, Token } from './inline-runs.js';
import type { Line, Measure } from './line-break.js';
import type { LinkTarget, Page, PdfDoc } from './pdf-doc.js';
import type { PdfTheme } from './theme.js';

/**
 * A shaded band behind a block that may cross pages (callouts, the summary box). Its background
 * is inserted into the page's content stream where the block started, once its extent on that
 * page is known, so the text above it is drawn in one piece.
 */
export interface Decoration {
  x: number;
  width: number;
  fill: string;
  bar: string;
  border?: string;
  page: Page;
  /** Index in the page's content parts where the background goes. */
  at: number;
  top: number;
}

/** The cursor of one document being rendered. */
export interface PdfState {
  doc: PdfDoc;
  theme: PdfTheme;
  model: NoticeDocument;
  y: number;
  decor: Decoration[];
  measure: Measure;
  resolve: (href: string) => LinkTarget | undefined;
  /** Level of the last heading drawn: a heading never skips a level (H2 → H4). */
  headingLevel: number;
  /** Line layouts of this render, by content and width (keep-with-next measures before drawing). */
  layouts: WeakMap<Inline[], Map<string, Line[]>>;
}

/** Horizontal padding of a badge on each side of its label. */
export const BADGE_PAD = 3.5;

export function contentWidth(s: PdfState): number {
  return s.theme.size[0] - s.theme.margin.left - s.theme.margin.right;
}

export function bottom(s: PdfState): number {
  return s.theme.size[1] - s.theme.margin.bottom;
}

export function createMeasure(doc: PdfDoc): Measure {
  const { fonts } = doc;
  return (style: RunStyle, text: string, token?: Token) => {
    const shaped = fonts[style.face].shape(text);
    if (token) token.shaped = shaped;
    return (shaped.width * style.size) / 1000 + (style.badge ? 2 * BADGE_PAD : 0);
  };
}

/** Baseline of text of `size` in `face` centred in a line box of `lineHeight` whose top is `top` (as CSS does). */
export function baseline(s: PdfState, top: number, lineHeight: number, size: number, face: RunStyle['face'] = 'regular'): number {
  const f = s.doc.fonts[face];
  const content = ((f.ascent - f.descent) * size) / 1000;
  return top + (lineHeight - content) / 2 + (f.ascent * size) / 1000;
}

/** Content-stream operators of a filled rectangle (top-left coordinates). */
function rectOps(s: PdfState, x: number, top: number, w: number, h: number, color: string): string {
  const H = s.theme.size[1];
  const c = color.slice(1);
  const comp = [0, 2, 4].map((i) => String(Math.round((parseInt(c.slice(i, i + 2), 16) / 255) * 1000) / 1000)).join(' ');
  const n = (v: number): string => String(Math.round(v * 100) / 100);
  return `${comp} rg ${n(x)} ${n(H - top - h)} ${n(w)} ${n(h)} re f\n`;
}

/** Inserts the background of a decoration's segment on its page, from its top to `until`. */
function closeSegment(s: PdfState, d: Decoration, until: number): void {
  const h = until - d.top;
  if (h <= 0) return;
  // Inserted before content already written: q…Q leaves that content's colours as they were.
  let ops = '/Artifact <</Type /Layout>> BDC q\n';
  if (d.border) ops += rectOps(s, d.x - 0.75, d.top - 0.75, d.width + 1.5, h + 1.5, d.border);
  ops += rectOps(s, d.x, d.top, d.width, h, d.fill);
  ops += rectOps(s, d.x, d.top, 4, h, d.bar);
  ops += 'Q EMC\n';
  d.page.parts.splice(d.at, 0, ops);
}

/** Starts a shaded band at the cursor; endDecoration() closes it. */
export function beginDecoration(s: PdfState, x: number, width: number, colors: { fill: string; bar: string; border?: string }): void {
  s.decor.push({ x, width, ...colors, page: s.doc.current, at: s.doc.mark(), top: s.y });
}

export function endDecoration(s: PdfState): void {
  const d = s.decor.pop();
  if (d) closeSegment(s, d, Math.min(s.y, bottom(s)));
}

/** The running header: the controller's name and a rule; on drafts a red band and a watermark. */
function header(s: PdfState): void {
  const { theme: t, doc, model } = s;
  const width = contentWidth(s);
  doc.artifact(
    () => {
      doc.text(t.margin.left, t.headerY, 'regular', t.small, t.color.muted, [model.controllerName]);
      doc.line(t.margin.left, t.headerY + 7, t.margin.left + width, t.headerY + 7, t.color.rule, 0.5);
    },
    'Pagination',
    'Header',
  );
  if (!model.draft) return;
  const label = model.labels?.draftBanner ?? 'BORRADOR';
  doc.artifact(
    () => {
      // A band across the top of every page: white on dark red, 10:1 contrast.
      doc.fillRect(0, 0, t.size[0], 24, t.color.draft.band);
      const w = doc.fonts.bold.width(label, 9.5);
      doc.text((t.size[0] - w) / 2, 15.5, 'bold', 9.5, t.color.draft.text, [label]);
    },
    'Pagination',
    'Header',
  );
  doc.artifact(
    () => {
      // A large diagonal «BORRADOR» in a pale tint under the text (opaque: PDF/A-1 has no transparency).
      const word = 'BORRADOR';
      const size = 96;
      const w = doc.fonts.bold.width(word, size);
      const cx = t.size[0] / 2;
      const cy = t.size[1] / 2;
      const a = (35 * Math.PI) / 180;
      const cos = Math.cos(a).toFixed(4);
      const sin = Math.sin(a).toFixed(4);
      doc.save();
      doc.op(`${cos} ${sin} ${(-Math.sin(a)).toFixed(4)} ${cos} ${cx.toFixed(2)} ${(t.size[1] - cy).toFixed(2)} cm\n`);
      // In the rotated frame the origin is the page centre and y grows upwards: draw centred there.
      doc.text(-w / 2, t.size[1] + size * 0.35, 'bold', size, t.color.draft.watermark, [word]);
      doc.restore();
    },
    'Pagination',
    'Watermark',
  );
}

export function newPage(s: PdfState): void {
  const until = bottom(s);
  for (let i = s.decor.length - 1; i >= 0; i--) closeSegment(s, s.decor[i]!, Math.min(s.y, until));
  s.doc.addPage();
  s.y = s.theme.margin.top;
  header(s);
  const page = s.doc.current;
  for (const d of s.decor) {
    d.page = page;
    d.at = s.doc.mark();
    d.top = s.y;
  }
  // A box continued from the previous page gets its inner padding at the top again.
  if (s.decor.length) s.y += 6;
}

/** Starts a new page when `height` does not fit below the cursor (unless the page is still empty). */
export function ensureSpace(s: PdfState, height: number): void {
  if (s.y + height > bottom(s) && s.y > s.theme.margin.top + 0.5) newPage(s);
}

/** Whole lines of `lineHeight` that fit between the cursor and the page's bottom margin. */
export function linesLeft(s: PdfState, lineHeight: number): number {
  return Math.max(0, Math.floor((bottom(s) - s.y + 0.01) / lineHeight));
}

/** Vertical space. */
export function advance(s: PdfState, dy: number): void {
  s.y += dy;
}
