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
  if (sum(min) >= total) return min.map((m) => (m * total) / sum(min));
  const flex = sum(max) - sum(min);
  return min.map((m, i) => m + ((total - sum(min)) * (max[i]! - m)) / flex);
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

/** Draws one row; `tags` null draws it as an artifact (a header repeated after a page break). */
function drawRow(s: PdfState, row: RowLayout, widths: number[], box: Box, fill: string | undefined, tr: PDFKit.PDFStructureElement | null, cellTag: 'TH' | 'TD', d: RunDefaults): void {
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
    if (tr) {
      const cell = doc.struct(cellTag, cellTag === 'TH' ? { scope: 'Column' } : {});
      tr.add(cell);
      drawLines(s, lines, { x: x + PAD, elem: cell, tag: cellTag, lineHeight: lineHeight(s, d.size), fixed: true });
      cell.end();
    } else {
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
  drawRow(s, headRow, widths, box, s.theme.color.tableHead, htr, 'TH', hd);
  htr.end();
  for (const cells of block.rows) {
    const row = layoutRow(s, cells, widths, d);
    if (s.y + row.height > bottom(s)) {
      newPage(s);
      drawRow(s, headRow, widths, box, s.theme.color.tableHead, null, 'TH', hd);
    }
    const tr = doc.struct('TR');
    table.add(tr);
    drawRow(s, row, widths, box, undefined, tr, 'TD', d);
    tr.end();
  }
  table.end();
}
