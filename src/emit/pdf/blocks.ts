import type { Block, Inline, ListItem } from '../document.js';
import { drawLines, placeLines } from './draw-text.js';
import type { FaceName } from './fonts.js';
import { layout, lineHeight, runDefaults, type Box } from './layout.js';
import type { StructElem } from './pdf-doc.js';
import { advance, baseline, beginDecoration, endDecoration, ensureSpace, type PdfState } from './page.js';
import { renderTable, tableLead } from './table.js';

/** Lines a block must keep with what precedes it: a paragraph of up to three lines is never split, longer ones keep two. */
function keptLines(n: number): number {
  return n <= 3 ? n : 2;
}

const CALLOUT_PAD = 8;

/**
 * Height of the start of `blocks` that must share a page with a heading above it: the first
 * lines of a paragraph or list item, a table's caption, header and first row, a callout's title
 * and first lines, or a following heading and its own lead.
 */
export function leadHeight(s: PdfState, blocks: Block[], box: Box): number {
  const b = blocks[0];
  if (!b) return 0;
  const lh = lineHeight(s);
  switch (b.kind) {
    case 'paragraph':
      return keptLines(layout(s, b.content, box.width).length) * lh;
    case 'heading': {
      const size = headingSize(s, b.level);
      const lines = layout(s, [{ kind: 'text', text: b.text }], box.width, runDefaults(s, 'bold', size)).length;
      return s.theme.gap / 2 + lines * size * 1.25 + s.theme.gap / 2 + leadHeight(s, blocks.slice(1), box);
    }
    case 'list': {
      const first = b.items[0];
      if (!first) return 0;
      const indent = listIndent(s, b.ordered, b.items.length);
      const lines = layout(s, first.content, box.width - indent).length;
      // An item with nested blocks is kept with their start (see item()).
      const nested = first.children?.length && lines <= 3 ? s.theme.gap / 2 + leadHeight(s, first.children, { x: box.x + indent, width: box.width - indent }) : 0;
      return keptLines(Math.max(1, lines)) * lh + nested;
    }
    case 'definitions': {
      const first = b.items[0];
      return first ? lh + keptLines(layout(s, first.description, box.width - s.theme.listIndent).length) * lh : 0;
    }
    case 'callout': {
      const inner = { x: box.x + 14, width: box.width - 24 };
      return CALLOUT_PAD + (b.title ? lh : 0) + leadHeight(s, b.blocks, inner);
    }
    case 'table':
      return tableLead(s, b, box);
  }
}

function headingSize(s: PdfState, level: number): number {
  return level <= 2 ? s.theme.h2 : level === 3 ? s.theme.h3 : s.theme.h4;
}

/**
 * A heading element (H1…H4), kept on one page with the start of what follows (`lead`). Its level
 * never skips one: after an H2, a level-4 heading of the model is tagged H3.
 */
export function renderHeading(s: PdfState, parent: StructElem, level: number, text: string, box: Box, lead: number, id?: string, rule = level === 2): number {
  const tagLevel = Math.min(level, s.headingLevel + 1);
  s.headingLevel = tagLevel;
  const size = level === 1 ? s.theme.h1 : headingSize(s, level);
  const color = level >= 4 ? s.theme.color.h4 : s.theme.color.heading;
  const lines = layout(s, [{ kind: 'text', text }], box.width, runDefaults(s, 'bold', size, color));
  const lh = size * 1.25;
  const ruleSpace = rule ? 6 : 0;
  ensureSpace(s, lines.length * lh + ruleSpace + lead);
  const top = s.y;
  // A named destination, so '#id' links of the model jump here.
  if (id) s.doc.destination(id, Math.max(0, top - 6));
  const elem = s.doc.struct(`H${tagLevel}`, parent);
  drawLines(s, lines, { x: box.x, elem, lineHeight: lh, fixed: true });
  if (rule) {
    // The HTML's H2 underline, in the brand colour.
    const y = s.y + 2;
    s.doc.artifact(() => s.doc.line(box.x, y, box.x + box.width, y, s.theme.color.brand.primary, 1.5));
    s.y += ruleSpace;
  }
  return top;
}

function paragraph(s: PdfState, parent: StructElem, content: Inline[], box: Box, d = runDefaults(s)): void {
  const elem = s.doc.struct('P', parent);
  drawLines(s, layout(s, content, box.width, d), { x: box.x, elem, lineHeight: lineHeight(s, d.size) });
  advance(s, s.theme.gap);
}

/** One list item: a label (Lbl) on the first line, the body (LBody) beside it, nested blocks below. */
function item(s: PdfState, list: StructElem, label: string, labelFace: FaceName, it: ListItem, box: Box, indent: number): void {
  const { doc } = s;
  const li = doc.struct('LI', list);
  const lh = lineHeight(s);
  const lines = layout(s, it.content, box.width - indent);
  // A short item with nested blocks stays with their start («Datos de contacto» and its first entry).
  const childBox = { x: box.x + indent, width: box.width - indent };
  if (it.children?.length && lines.length <= 3) ensureSpace(s, lines.length * lh + s.theme.gap / 2 + leadHeight(s, it.children, childBox));
  // The label goes with the first line: decide the page before drawing either.
  placeLines(s, Math.max(1, lines.length), lh);
  const lbl = doc.struct('Lbl', li);
  doc.beginTagged(lbl);
  doc.text(box.x + 2, baseline(s, s.y, lh, s.theme.body, labelFace), labelFace, s.theme.body, s.theme.color.muted, [label]);
  doc.endMarked();
  const lbody = doc.struct('LBody', li);
  if (lines.length) drawLines(s, lines, { x: box.x + indent, elem: lbody, lineHeight: lh });
  else s.y += lh;
  if (it.children?.length) {
    advance(s, s.theme.gap / 2);
    renderBlocks(s, it.children, lbody, childBox);
  }
  advance(s, s.theme.gap / 2);
}

/** Indent of list item bodies: room for the widest number, or the bullet's. */
function listIndent(s: PdfState, ordered: boolean, count: number): number {
  return ordered ? s.measure({ face: 'regular', size: s.theme.body, color: '' }, `${count}.`) + 8 : s.theme.listIndent;
}

function list(s: PdfState, parent: StructElem, ordered: boolean, items: ListItem[], box: Box): void {
  const l = s.doc.struct('L', parent, { attributes: `/O /List /ListNumbering /${ordered ? 'Decimal' : 'Disc'}` });
  const indent = listIndent(s, ordered, items.length);
  items.forEach((it, i) => item(s, l, ordered ? `${i + 1}.` : '•', 'regular', it, box, indent));
  advance(s, s.theme.gap / 2);
}

/** Term and description pairs: L > LI > Lbl (term) + LBody (description), the usual PDF mapping of a <dl>. */
export function definitions(s: PdfState, parent: StructElem, items: { term: string; description: Inline[] }[], box: Box, termColor = s.theme.color.text): void {
  const { doc } = s;
  const l = doc.struct('L', parent, { attributes: '/O /List /ListNumbering /None' });
  const lh = lineHeight(s);
  for (const it of items) {
    const li = doc.struct('LI', l);
    const termLines = layout(s, [{ kind: 'text', text: it.term }], box.width, runDefaults(s, 'bold', s.theme.body, termColor));
    const bodyLines = layout(s, it.description, box.width - s.theme.listIndent);
    // The term stays with the first lines of its description.
    ensureSpace(s, (termLines.length + keptLines(bodyLines.length)) * lh);
    const lbl = doc.struct('Lbl', li);
    drawLines(s, termLines, { x: box.x, elem: lbl, lineHeight: lh });
    const lbody = doc.struct('LBody', li);
    drawLines(s, bodyLines, { x: box.x + s.theme.listIndent, elem: lbody, lineHeight: lh });
    advance(s, s.theme.gap / 2);
  }
  advance(s, s.theme.gap / 2);
}

/** A callout: a shaded band with a bar on the left, like the HTML's .callout boxes. */
function callout(s: PdfState, parent: StructElem, block: Extract<Block, { kind: 'callout' }>, box: Box): void {
  const div = s.doc.struct('Div', parent);
  const colors = s.theme.color.callout[block.tone];
  const inner = { x: box.x + 14, width: box.width - 24 };
  ensureSpace(s, CALLOUT_PAD + (block.title ? lineHeight(s) : 0) + leadHeight(s, block.blocks, inner));
  beginDecoration(s, box.x, box.width, colors);
  advance(s, CALLOUT_PAD);
  const titleColor = block.tone === 'warning' ? colors.bar : s.theme.color.text;
  if (block.title) paragraph(s, div, [{ kind: 'text', text: block.title }], inner, runDefaults(s, 'bold', s.theme.body, titleColor));
  renderBlocks(s, block.blocks, div, inner);
  // The last block's gap becomes the bottom padding.
  s.y += CALLOUT_PAD - s.theme.gap;
  endDecoration(s);
  advance(s, s.theme.gap + 4);
}

export function renderBlocks(s: PdfState, blocks: Block[], parent: StructElem, box: Box): void {
  blocks.forEach((b, i) => {
    switch (b.kind) {
      case 'paragraph':
        paragraph(s, parent, b.content, box);
        break;
      case 'heading': {
        advance(s, s.theme.gap / 2);
        renderHeading(s, parent, b.level, b.text, box, s.theme.gap / 2 + leadHeight(s, blocks.slice(i + 1), box), b.id);
        advance(s, s.theme.gap / 2);
        break;
      }
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
  });
}
