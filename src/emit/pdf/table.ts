import type { Block, Inline } from '../document.js';
import { drawLines } from './draw-text.js';
import { tokenize, type RunDefaults } from './inline-runs.js';
import { layout, lineHeight, runDefaults, type Box } from './layout.js';
import type { Line } from './line-break.js';
import type { StructElem } from './pdf-doc.js';
import { baseline, bottom, ensureSpace, newPage, type PdfState } from './page.js';

type TableBlock = Extract<Block, { kind: 'table' }>;
const PAD = 4.5;

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

interface TableSetup {
  widths: number[];
  d: RunDefaults;
  hd: RunDefaults;
  head: Inline[][];
  headRow: RowLayout;
}

const setups = new WeakMap<TableBlock, Map<number, TableSetup>>();

function setup(s: PdfState, block: TableBlock, box: Box): TableSetup {
  let byWidth = setups.get(block);
  let t = byWidth?.get(box.width);
  if (t) return t;
  const size = s.theme.table;
  const d = runDefaults(s, 'regular', size);
  const hd = runDefaults(s, 'bold', size);
  const head = block.head.map((text): Inline[] => [{ kind: 'text', text }]);
  const widths = columnWidths(s, head, block.rows, box.width, d, hd);
  t = { widths, d, hd, head, headRow: layoutRow(s, head, widths, hd) };
  if (!byWidth) setups.set(block, (byWidth = new Map()));
  byWidth.set(box.width, t);
  return t;
}

function layoutRow(s: PdfState, cells: Inline[][], widths: number[], d: RunDefaults): RowLayout {
  const lh = lineHeight(s, d.size);
  const laid = widths.map((w, i) => layout(s, cells[i] ?? [], w - 2 * PAD, d));
  return { cells: laid, height: Math.max(1, ...laid.map((l) => l.length)) * lh + 2 * PAD };
}

function captionLines(s: PdfState, block: TableBlock, box: Box): Line[] {
  return block.caption ? layout(s, [{ kind: 'text', text: block.caption }], box.width, runDefaults(s, 'bold', s.theme.table)) : [];
}

/** What a heading above the table keeps with it: caption, header row and the first row (or its first two lines). */
export function tableLead(s: PdfState, block: TableBlock, box: Box): number {
  const t = setup(s, block, box);
  const lh = lineHeight(s, s.theme.table);
  const first = block.rows[0] ? layoutRow(s, block.rows[0], t.widths, t.d) : undefined;
  const firstHeight = first ? Math.min(first.height, 2 * lh + 2 * PAD) : 0;
  return captionLines(s, block, box).length * lh + 2 + t.headRow.height + firstHeight;
}

/** Draws one row; `cells` null draws it as an artifact (a header repeated after a page break). */
function drawRow(s: PdfState, row: RowLayout, widths: number[], box: Box, fill: string | undefined, cells: StructElem[] | null, d: RunDefaults): void {
  const { doc } = s;
  const top = s.y;
  const lh = lineHeight(s, d.size);
  const total = widths.reduce((a, b) => a + b, 0);
  // As the HTML's tables: a shaded header row, a rule under every row (a heavier one under the header).
  doc.artifact(() => {
    if (fill) doc.fillRect(box.x, top, total, row.height, fill);
    doc.line(box.x, top + row.height, box.x + total, top + row.height, s.theme.color.tableBorder, fill ? 1.2 : 0.75);
  });
  let x = box.x;
  row.cells.forEach((lines, i) => {
    s.y = top + PAD;
    const cell = cells?.[i];
    if (cell) {
      drawLines(s, lines, { x: x + PAD, elem: cell, lineHeight: lh, fixed: true });
    } else if (lines.length) {
      doc.artifact(() => {
        for (const line of lines) {
          for (const f of line.fragments) doc.text(x + PAD + f.x, baseline(s, s.y, lh, f.style.size, f.style.face), f.style.face, f.style.size, f.style.color, f.pieces);
          s.y += lh;
        }
      });
    }
    x += widths[i]!;
  });
  s.y = top + row.height;
}

/**
 * Draws a body row whole, starting a new page (with the header repeated) when it does not fit.
 * Only a row taller than a whole page is split, between lines and with at least two lines on
 * each side, its cells continuing on the next page.
 */
function drawBodyRow(s: PdfState, row: RowLayout, widths: number[], box: Box, cells: StructElem[], d: RunDefaults, header: { height: number; draw: () => void }): void {
  const lh = lineHeight(s, d.size);
  const pageRoom = bottom(s) - s.theme.margin.top - header.height;
  let rest = row.cells;
  let fresh = false;
  for (;;) {
    const lines = Math.max(1, ...rest.map((l) => l.length));
    const need = lines * lh + 2 * PAD;
    const fit = Math.floor((bottom(s) - s.y - 2 * PAD) / lh);
    const fits = need <= bottom(s) - s.y;
    const mustSplit = need > pageRoom && fit >= 2 && lines - fit >= 2;
    if (fits || mustSplit || fresh) {
      const take = fits ? lines : Math.max(1, Math.min(fit, lines - 2));
      const part = rest.map((l) => l.slice(0, take));
      drawRow(s, { cells: part, height: take * lh + 2 * PAD }, widths, box, undefined, cells, d);
      rest = rest.map((l) => l.slice(take));
      if (rest.every((l) => l.length === 0)) return;
    }
    newPage(s);
    header.draw();
    fresh = true;
  }
}

/** A table with a tagged header row (TH, scope Column) that repeats, untagged, on every page it spans. */
export function renderTable(s: PdfState, parent: StructElem, block: TableBlock, box: Box): void {
  const { doc } = s;
  const t = setup(s, block, box);
  const { widths, d, hd, headRow } = t;
  const lh = lineHeight(s, s.theme.table);
  const table = doc.struct('Table', parent);
  ensureSpace(s, tableLead(s, block, box));
  const caption = captionLines(s, block, box);
  if (caption.length) {
    const elem = doc.struct('Caption', table);
    drawLines(s, caption, { x: box.x, elem, lineHeight: lh, fixed: true });
    s.y += 2;
  }
  const htr = doc.struct('TR', table);
  const ths = block.head.map(() => doc.struct('TH', htr, { attributes: '/O /Table /Scope /Column' }));
  drawRow(s, headRow, widths, box, s.theme.color.tableHead, ths, hd);
  const header = { height: headRow.height, draw: (): void => drawRow(s, headRow, widths, box, s.theme.color.tableHead, null, hd) };
  for (const cells of block.rows) {
    const tr = doc.struct('TR', table);
    const tds = widths.map(() => doc.struct('TD', tr));
    drawBodyRow(s, layoutRow(s, cells, widths, d), widths, box, tds, d, header);
  }
}
