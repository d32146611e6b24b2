import type { NoticeDocument } from '../document.js';
import type { FaceName } from './fonts.js';
import type { RunStyle } from './inline-runs.js';
import type { LinkTarget } from './links.js';
import type { Measure } from './line-break.js';
import type { PdfTheme } from './theme.js';

/** A band painted behind every line while it is active (callouts). */
export interface Decoration {
  x: number;
  width: number;
  fill: string;
  bar: string;
}

/** The cursor of one document being rendered: pdfkit never breaks pages on its own here. */
export interface PdfState {
  doc: PDFKit.PDFDocument;
  theme: PdfTheme;
  model: NoticeDocument;
  y: number;
  decor: Decoration[];
  measure: Measure;
  resolve: (href: string) => LinkTarget | undefined;
}

export function contentWidth(s: PdfState): number {
  return s.theme.size[0] - s.theme.margin.left - s.theme.margin.right;
}

export function bottom(s: PdfState): number {
  return s.theme.size[1] - s.theme.margin.bottom;
}

export function useStyle(s: PdfState, style: Pick<RunStyle, 'face' | 'size'>): void {
  s.doc.font(style.face).fontSize(style.size);
}

/** Widths are a pure function of face, size and text: kept for the process, like the shaping. */
const widths = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 200_000;

export function createMeasure(doc: PDFKit.PDFDocument): Measure {
  return (style, text) => {
    const key = `${style.face}\u0000${style.size}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      if (widths.size >= WIDTH_CACHE_LIMIT) widths.clear();
      w = doc.font(style.face).fontSize(style.size).widthOfString(text);
      widths.set(key, w);
    }
    return w;
  };
}

/** Draws page furniture or decoration outside the structure tree (PDF/UA: artifacts). */
export function artifact(s: PdfState, draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
  s.doc.markContent('Artifact', { type });
  draw();
  s.doc.endMarkedContent();
}

export function newPage(s: PdfState): void {
  const { theme: t, doc } = s;
  doc.addPage({ size: t.size, margins: t.margin });
  // Tab through links in structure order (PDF/UA 7.18.3).
  (doc.page.dictionary as unknown as { data: Record<string, unknown> }).data.Tabs = 'S';
  s.y = t.margin.top;
  const width = contentWidth(s);
  artifact(
    s,
    () => {
      doc.font('regular' satisfies FaceName).fontSize(t.small).fillColor(t.color.muted);
      doc.text(s.model.controllerName, t.margin.left, t.headerY, { lineBreak: false });
      if (s.model.draft) {
        doc.font('bold').fillColor(t.color.draft);
        const label = 'BORRADOR';
        doc.text(label, t.margin.left + width - doc.widthOfString(label), t.headerY, { lineBreak: false });
      }
      doc.moveTo(t.margin.left, t.headerY + t.small * 1.7).lineTo(t.margin.left + width, t.headerY + t.small * 1.7);
      doc.lineWidth(0.5).strokeColor(t.color.rule).stroke();
    },
    'Pagination',
  );
}

/** Starts a new page when `height` does not fit below the cursor. */
export function ensureSpace(s: PdfState, height: number): void {
  if (s.y + height > bottom(s) && s.y > s.theme.margin.top) newPage(s);
}

/** Paints the active decorations over [y, y + height) of the current page. */
export function paintDecor(s: PdfState, y: number, height: number): void {
  if (!s.decor.length || height <= 0) return;
  artifact(s, () => {
    for (const d of s.decor) {
      s.doc.rect(d.x, y, d.width, height).fill(d.fill);
      s.doc.rect(d.x, y, 2.5, height).fill(d.bar);
    }
  });
}

/** Vertical space; inside a callout the band continues through it. */
export function advance(s: PdfState, dy: number): void {
  const h = Math.min(dy, bottom(s) - s.y);
  paintDecor(s, s.y, h);
  s.y += dy;
}
