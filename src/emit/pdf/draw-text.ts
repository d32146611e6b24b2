import { pdfFonts } from './fonts.js';
import type { RunStyle } from './inline-runs.js';
import type { Line } from './line-break.js';
import { artifact, bottom, ensureSpace, paintDecor, type PdfState } from './page.js';

export interface DrawOptions {
  x: number;
  /** Structure element that owns the text (P, H2, LBody, TD…) and its tag. */
  elem: PDFKit.PDFStructureElement;
  tag: string;
  lineHeight: number;
  /** Skip page-break checks (table cells: the row was placed as a whole). */
  fixed?: boolean;
  /** The caller already placed the first line and painted its band (list labels). */
  placedFirst?: boolean;
}

/** Underlines the visible width of a link (not its trailing space), as decoration. */
function underline(s: PdfState, x: number, y: number, width: number, style: RunStyle): void {
  const { doc } = s;
  const font = pdfFonts()[style.face];
  const base = y + (style.size * font.ascent) / font.unitsPerEm + style.size * 0.12;
  const color = style.color;
  artifact(s, () => {
    doc.moveTo(x, base).lineTo(x + width, base).lineWidth(0.6).stroke(color);
  });
}

/**
 * Draws laid-out lines at the cursor, breaking pages between lines. Text goes into marked
 * content owned by `elem`; every link becomes a Link element holding its text and its
 * annotation (OBJR), so assistive technology announces it and the reading order is kept.
 */
export function drawLines(s: PdfState, lines: Line[], o: DrawOptions): void {
  const { doc } = s;
  // One marked-content sequence spans consecutive lines (poppler and readers parse each MCID on
  // its own, so one per line makes -struct-text 10x slower); artifacts and page breaks end it.
  let open: PDFKit.PDFStructureContent | undefined;
  const close = (): void => {
    if (!open) return;
    doc.endMarkedContent();
    o.elem.add(open);
    open = undefined;
  };
  lines.forEach((line, i) => {
    const placed = i === 0 && o.placedFirst;
    if (!placed && (s.decor.length || (!o.fixed && s.y + o.lineHeight > bottom(s)))) close();
    if (!o.fixed && !placed) ensureSpace(s, o.lineHeight);
    if (!placed) paintDecor(s, s.y, o.lineHeight);
    line.fragments.forEach((f) => {
      doc.font(f.style.face).fontSize(f.style.size);
      const y = s.y + (o.lineHeight - doc.currentLineHeight()) / 2;
      const x = o.x + f.x;
      if (f.style.link) {
        close();
        const link = doc.struct('Link');
        o.elem.add(link);
        const content = doc.markStructureContent('Link');
        doc.fillColor(f.style.color).text(f.text, x, y, { lineBreak: false });
        doc.endMarkedContent();
        link.add(content);
        if (f.style.underline) underline(s, x, y, f.width, f.style);
        // A String object, not a primitive: pdfkit writes primitives as PDF names.
        const contents = new String(f.text.trim()) as unknown as string;
        const annot = { structParent: link, Contents: contents };
        const h = doc.currentLineHeight();
        if (f.style.link.kind === 'uri') doc.link(x, y, f.width, h, f.style.link.uri, annot);
        else doc.goTo(x, y, f.width, h, f.style.link.name, annot);
        link.end();
        return;
      }
      open ??= doc.markStructureContent(o.tag);
      doc.fillColor(f.style.color).text(f.text, x, y, { lineBreak: false });
    });
    s.y += o.lineHeight;
  });
  close();
}
