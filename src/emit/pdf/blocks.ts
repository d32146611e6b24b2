import type { Block, Inline, ListItem } from '../document.js';
import { drawLines } from './draw-text.js';
import type { FaceName } from './fonts.js';
import { layout, lineHeight, runDefaults, type Box } from './layout.js';
import { advance, ensureSpace, paintDecor, type PdfState } from './page.js';
import { renderTable } from './table.js';

/** A heading element (H1…H4): kept with at least three lines of what follows. */
export function renderHeading(s: PdfState, parent: PDFKit.PDFStructureElement, tag: string, text: string, size: number, box: Box, id?: string): number {
  const d = runDefaults(s, 'bold', size, s.theme.color.heading);
  const lines = layout(s, [{ kind: 'text', text }], box.width, d);
  const lh = size * 1.3;
  ensureSpace(s, lines.length * lh + 3 * lineHeight(s));
  const top = s.y;
  // A named destination, so '#id' links of the model jump here (zoom 0: keep the reader's zoom).
  if (id) s.doc.addNamedDestination(id, 'XYZ', 0, Math.max(0, top - 6), 0);
  const elem = s.doc.struct(tag);
  parent.add(elem);
  drawLines(s, lines, { x: box.x, elem, tag, lineHeight: lh });
  elem.end();
  return top;
}

function paragraph(s: PdfState, parent: PDFKit.PDFStructureElement, content: Inline[], box: Box, d = runDefaults(s)): void {
  const elem = s.doc.struct('P');
  parent.add(elem);
  drawLines(s, layout(s, content, box.width, d), { x: box.x, elem, tag: 'P', lineHeight: lineHeight(s, d.size) });
  elem.end();
  advance(s, s.theme.gap);
}

/** One list item: a label (Lbl) on the first line, the body (LBody) beside it, nested blocks below. */
function item(s: PdfState, list: PDFKit.PDFStructureElement, label: string, labelFace: FaceName, body: Inline[], children: Block[] | undefined, box: Box, indent: number): void {
  const { doc } = s;
  const li = doc.struct('LI');
  list.add(li);
  const lh = lineHeight(s);
  const lines = layout(s, body, box.width - indent);
  ensureSpace(s, lh);
  paintDecor(s, s.y, lh);
  const lbl = doc.struct('Lbl');
  li.add(lbl);
  const content = doc.markStructureContent('Lbl');
  doc.font(labelFace).fontSize(s.theme.body).fillColor(s.theme.color.muted);
  doc.text(label, box.x + 2, s.y + (lh - doc.currentLineHeight()) / 2, { lineBreak: false });
  doc.endMarkedContent();
  lbl.add(content);
  lbl.end();
  const lbody = doc.struct('LBody');
  li.add(lbody);
  if (lines.length) drawLines(s, lines, { x: box.x + indent, elem: lbody, tag: 'LBody', lineHeight: lh, placedFirst: true });
  else s.y += lh;
  if (children?.length) {
    advance(s, s.theme.gap / 2);
    renderBlocks(s, children, lbody, { x: box.x + indent, width: box.width - indent });
  }
  lbody.end();
  li.end();
  advance(s, s.theme.gap / 2);
}

function list(s: PdfState, parent: PDFKit.PDFStructureElement, ordered: boolean, items: ListItem[], box: Box): void {
  const l = s.doc.struct('L');
  parent.add(l);
  const indent = ordered ? s.measure({ face: 'regular', size: s.theme.body, color: '' }, `${items.length}.`) + 8 : s.theme.listIndent;
  items.forEach((it, i) => item(s, l, ordered ? `${i + 1}.` : '•', 'regular', it.content, it.children, box, indent));
  l.end();
  advance(s, s.theme.gap / 2);
}

/** Term and description pairs: L > LI > Lbl (term) + LBody (description), the usual PDF mapping of a <dl>. */
function definitions(s: PdfState, parent: PDFKit.PDFStructureElement, items: { term: string; description: Inline[] }[], box: Box): void {
  const { doc } = s;
  const l = doc.struct('L');
  parent.add(l);
  const lh = lineHeight(s);
  for (const it of items) {
    const li = doc.struct('LI');
    l.add(li);
    const termLines = layout(s, [{ kind: 'text', text: it.term }], box.width, runDefaults(s, 'bold'));
    ensureSpace(s, (termLines.length + 1) * lh);
    const lbl = doc.struct('Lbl');
    li.add(lbl);
    drawLines(s, termLines, { x: box.x, elem: lbl, tag: 'Lbl', lineHeight: lh });
    lbl.end();
    const lbody = doc.struct('LBody');
    li.add(lbody);
    drawLines(s, layout(s, it.description, box.width - s.theme.listIndent), { x: box.x + s.theme.listIndent, elem: lbody, tag: 'LBody', lineHeight: lh });
    lbody.end();
    li.end();
    advance(s, s.theme.gap / 2);
  }
  l.end();
  advance(s, s.theme.gap / 2);
}

function callout(s: PdfState, parent: PDFKit.PDFStructureElement, block: Extract<Block, { kind: 'callout' }>, box: Box): void {
  const div = s.doc.struct('Div');
  parent.add(div);
  const colors = s.theme.color.callout[block.tone];
  ensureSpace(s, 3 * lineHeight(s));
  s.decor.push({ x: box.x, width: box.width, fill: colors.fill, bar: colors.bar });
  advance(s, 6);
  const inner = { x: box.x + 12, width: box.width - 22 };
  if (block.title) paragraph(s, div, [{ kind: 'text', text: block.title }], inner, runDefaults(s, 'bold', s.theme.body, colors.bar));
  renderBlocks(s, block.blocks, div, inner);
  s.decor.pop();
  div.end();
  advance(s, s.theme.gap);
}

export function renderBlocks(s: PdfState, blocks: Block[], parent: PDFKit.PDFStructureElement, box: Box): void {
  for (const b of blocks) {
    switch (b.kind) {
      case 'paragraph':
        paragraph(s, parent, b.content, box);
        break;
      case 'heading':
        advance(s, s.theme.gap / 2);
        renderHeading(s, parent, b.level === 3 ? 'H3' : 'H4', b.text, b.level === 3 ? s.theme.h3 : s.theme.h4, box, b.id);
        advance(s, s.theme.gap / 2);
        break;
      case 'list':
        list(s, parent, b.ordered, b.items, box);
        break;
      case 'definitions':
        definitions(s, parent, b.items, box);
        break;
      case 'callout':
        callout(s, parent, b, box);
        break;
      case 'table':
        renderTable(s, parent, b, box);
        advance(s, s.theme.gap);
        break;
    }
  }
}
