import type { Block, Inline } from '../document.js';
import { layout, lineHeight, runDefaults, type Box } from './layout.js';
import { drawLines } from './draw-text.js';
import { tokenize, type RunDefaults } from './inline-runs.js';
import type { Line } from './line-break.js';
import { artifact, bottom, ensureSpace, newPage, type PdfState } from './page.js';

type TableBlock = Extract<Block, { kind: 'table' }>;
const PAD = 4;

/** Column widths: each at least its longest word, the rest shared by how much text it holds. */
function columnWidths(s: PdfState, head: Inline[][], rows: Inline[][][], total: number, d: RunDefaults, hd: RunDefaults): number[] {
  const n = head.length;
  const min = new Array<number>(n).fill(0);
  const max = new Array<number>(n).fill(0);
  const visit = (cells: Inline[][], defaults: RunDefaults): void => {
    cells.forEach((cell, i) => {
      if (i >= n) return;
      let line = 0;
      for (const t of tokenize(cell, defaults)) {
        const w = s.measure(t.style, t.text);
        line += w;
        if (!t.space) min[i] = Math.max(min[i]!, w + 2 * PAD);
      }
      max[i] = Math.max(max[i]!, line + 2 * PAD);
    });
  };
  visit(head, hd);
  rows.forEach((r) => visit(r, d));
  const sum = (a: number[]): number => a.reduce((x, y) => x + y, 0);
  if (sum(max) <= total) return max.map((m) => m + ((total - sum(max)) * m) / sum(max));
  // Short columns (numbers, «Sí»/«No») keep their natural width; the others share the rest.
  const narrow = max.map((m) => m <= total * 0.18);
  const fixed = sum(max.filter((_, i) => narrow[i]));
  const flexMin = min.filter((_, i) => !narrow[i]);
  const flexMax = max.filter((_, i) => !narrow[i]);
  const room = total - fixed;
  let flexWidths: number[];
  if (sum(flexMin) >= room) flexWidths = flexMin.map((m) => (m * room) / sum(flexMin));
  else {
    const slack = sum(flexMax) - sum(flexMin);
    flexWidths = flexMin.map((m, i) => m + ((room - sum(flexMin)) * (flexMax[i]! - m)) / slack);
  }
  if (room <= 0 || !flexWidths.length) return min.map((m) => (m * total) / sum(min));
  return max.map((m, i) => (narrow[i] ? m : flexWidths.shift()!));
}

interface RowLayout {
  cells: Line[][];
  height: number;
}

function layoutRow(s: PdfState, cells: Inline[][], widths: number[], d: RunDefaults): RowLayout {
  const lh = lineHeight(s, d.size);
  const laid = widths.map((w, i) => layout(s, cells[i] ?? [], w - 2 * PAD, d));
  return { cells: laid, height: Math.max(1, ...laid.map((l) => l.length)) * lh + 2 * PAD };
}

/** Draws one row; `cells` null draws it as an artifact (a header repeated after a page break). */
function drawRow(s: PdfState, row: RowLayout, widths: number[], box: Box, fill: string | undefined, cells: PDFKit.PDFStructureElement[] | null, tag: 'TH' | 'TD', d: RunDefaults): void {
  const { doc } = s;
  const top = s.y;
  artifact(s, () => {
    let x = box.x;
    for (const w of widths) {
      if (fill) doc.rect(x, top, w, row.height).fill(fill);
      doc.rect(x, top, w, row.height).lineWidth(0.5).stroke(s.theme.color.tableBorder);
      x += w;
    }
  });
  let x = box.x;
  row.cells.forEach((lines, i) => {
    s.y = top + PAD;
    const cell = cells?.[i];
    if (cell) {
      drawLines(s, lines, { x: x + PAD, elem: cell, tag, lineHeight: lineHeight(s, d.size), fixed: true });
    } else if (lines.length) {
      artifact(s, () => {
        for (const line of lines) {
          for (const f of line.fragments) doc.font(f.style.face).fontSize(f.style.size).fillColor(f.style.color).text(f.text, x + PAD + f.x, s.y, { lineBreak: false });
          s.y += lineHeight(s, d.size);
        }
      });
    }
    x += widths[i]!;
  });
  s.y = top + row.height;
}

/**
 * Draws a body row, starting a new page (with the header repeated) when it does not fit; a row
 * taller than a whole page is split between lines, its cells continuing on the next page.
 */
function drawBodyRow(s: PdfState, row: RowLayout, widths: number[], box: Box, cells: PDFKit.PDFStructureElement[], d: RunDefaults, header: { height: number; draw: () => void }): void {
  const lh = lineHeight(s, d.size);
  const pageRoom = bottom(s) - s.theme.margin.top - header.height;
  let rest = row.cells;
  let fresh = false;
  for (;;) {
    const lines = Math.max(1, ...rest.map((l) => l.length));
    const need = lines * lh + 2 * PAD;
    const fit = Math.floor((bottom(s) - s.y - 2 * PAD) / lh);
    if (need <= bottom(s) - s.y || (need > pageRoom && fit >= 2) || fresh) {
      const take = Math.max(1, Math.min(lines, fit));
      const part = rest.map((l) => l.slice(0, take));
      drawRow(s, { cells: part, height: take * lh + 2 * PAD }, widths, box, undefined, cells, 'TD', d);
      rest = rest.map((l) => l.slice(take));
      if (rest.every((l) => l.length === 0)) return;
    }
    newPage(s);
    header.draw();
    fresh = true;
  }
}

/** A table with a tagged header row (TH, scope Column) that repeats, untagged, on every page it spans. */
export function renderTable(s: PdfState, parent: PDFKit.PDFStructureElement, block: TableBlock, box: Box): void {
  const { doc } = s;
  const size = s.theme.body - 1;
  const d = runDefaults(s, 'regular', size);
  const hd = runDefaults(s, 'bold', size, s.theme.color.heading);
  const head = block.head.map((text): Inline[] => [{ kind: 'text', text }]);
  const widths = columnWidths(s, head, block.rows, box.width, d, hd);
  const headRow = layoutRow(s, head, widths, hd);
  const table = doc.struct('Table');
  parent.add(table);
  if (block.caption) {
    const lines = layout(s, [{ kind: 'text', text: block.caption }], box.width, runDefaults(s, 'bold', size));
    ensureSpace(s, lines.length * lineHeight(s, size) + headRow.height + 2 * lineHeight(s, size));
    const caption = doc.struct('Caption');
    table.add(caption);
    drawLines(s, lines, { x: box.x, elem: caption, tag: 'Caption', lineHeight: lineHeight(s, size) });
    caption.end();
    s.y += 2;
  }
  ensureSpace(s, headRow.height + 2 * lineHeight(s, size));
  const htr = doc.struct('TR');
  table.add(htr);
  const ths = block.head.map(() => doc.struct('TH', { scope: 'Column' }));
  ths.forEach((th) => htr.add(th));
  drawRow(s, headRow, widths, box, s.theme.color.tableHead, ths, 'TH', hd);
  ths.forEach((th) => th.end());
  htr.end();
  const header = { height: headRow.height, draw: (): void => drawRow(s, headRow, widths, box, s.theme.color.tableHead, null, 'TH', hd) };
  for (const cells of block.rows) {
    const tr = doc.struct('TR');
    table.add(tr);
    const tds = widths.map(() => doc.struct('TD'));
    tds.forEach((td) => tr.add(td));
    drawBodyRow(s, layoutRow(s, cells, widths, d), widths, box, tds, d, header);
    tds.forEach((td) => td.end());
    tr.end();
  }
  table.end();
}
