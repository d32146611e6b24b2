import type { Block, Inline, NoticeDocument, Summary } from '../document.js';
import { definitions, leadHeight, renderBlocks, renderHeading } from './blocks.js';
import { drawLines } from './draw-text.js';
import { layout, lineHeight, runDefaults } from './layout.js';
import { anchorsOf, resolveHref } from './links.js';
import { documentInfo, infoEntries, xmpPacket, type RenderOptions } from './metadata.js';
import { advance, beginDecoration, contentWidth, createMeasure, endDecoration, ensureSpace, newPage, type PdfState } from './page.js';
import { PdfDoc, type LinkTarget, type StructElem } from './pdf-doc.js';
import { pdfTheme } from './theme.js';

export type { RenderOptions };

function paragraph(s: PdfState, parent: StructElem, text: string, size: number, color: string): void {
  const d = runDefaults(s, 'regular', size, color);
  const p = s.doc.struct('P', parent);
  drawLines(s, layout(s, [{ kind: 'text', text }], contentWidth(s), d), { x: s.theme.margin.left, elem: p, lineHeight: lineHeight(s, size) });
}

/**
 * Title, subtitle and the update date (tagged, not only in the footer), then the draft notice,
 * the description and, in the integral notice, the summary box.
 */
function titleBlock(s: PdfState, root: StructElem): void {
  const box = { x: s.theme.margin.left, width: contentWidth(s) };
  const m = s.model;
  const lead = lineHeight(s) * 2;
  renderHeading(s, root, 1, m.title, box, lead);
  advance(s, 2);
  if (m.subtitle) paragraph(s, root, m.subtitle, s.theme.h3, s.theme.color.muted);
  if (m.updated) paragraph(s, root, `${m.labels?.updated ?? 'Fecha de última actualización'}: ${m.updated.text}`, s.theme.body, s.theme.color.muted);
  advance(s, s.theme.gap * 1.5);
  const blocks: Block[] = [];
  if (m.draft) {
    const title = m.labels?.draftBanner ?? 'BORRADOR';
    blocks.push({ kind: 'callout', tone: 'warning', title, blocks: m.labels ? [{ kind: 'paragraph', content: [{ kind: 'text', text: m.labels.draftDetail }] }] : [] });
  }
  if (m.description) blocks.push({ kind: 'paragraph', content: [{ kind: 'text', text: m.description }] });
  renderBlocks(s, blocks, root, box);
  if (m.summary) summaryBox(s, root, m.summary);
}

/** The integral notice's «En resumen» box: a section with its H2 and the terms and descriptions, shaded like the HTML's. */
function summaryBox(s: PdfState, root: StructElem, summary: Summary): void {
  const box = { x: s.theme.margin.left, width: contentWidth(s) };
  const inner = { x: box.x + 14, width: box.width - 26 };
  const items = summary.items.map((it) => {
    const description: Inline[] = [...it.description];
    if (it.href) description.push({ kind: 'text', text: ' ' }, { kind: 'link', href: it.href, children: [{ kind: 'text', text: it.hrefLabel ?? it.href }] });
    return { term: it.term, description };
  });
  const sect = s.doc.struct('Sect', root);
  const first = items[0];
  const lead = first ? lineHeight(s) * 3 : 0;
  ensureSpace(s, 10 + s.theme.h2 * 1.25 + 6 + lead);
  beginDecoration(s, box.x, box.width, { fill: s.theme.color.summary.fill, bar: s.theme.color.brand.primary, border: s.theme.color.summary.border });
  advance(s, 10);
  renderHeading(s, sect, 2, summary.title, inner, s.theme.gap + lead, undefined, false);
  advance(s, s.theme.gap);
  definitions(s, sect, items, inner, s.theme.color.heading);
  s.y += 10 - s.theme.gap;
  endDecoration(s);
  advance(s, s.theme.gap * 2);
}

function sections(s: PdfState, root: StructElem): void {
  const box = { x: s.theme.margin.left, width: contentWidth(s) };
  for (const section of s.model.sections) {
    const sect = s.doc.struct('Sect', root);
    advance(s, s.theme.gap);
    const lead = s.theme.gap + leadHeight(s, section.blocks, box);
    const top = renderHeading(s, sect, 2, section.title, box, lead, section.id);
    s.doc.bookmark(section.title, Math.max(0, top - 6));
    advance(s, s.theme.gap);
    renderBlocks(s, section.blocks, sect, box);
  }
}

/** «Fecha de última actualización: …» and «Página X de Y» on every page, as pagination artifacts. */
function footers(s: PdfState): void {
  const { doc, theme: t } = s;
  const width = contentWidth(s);
  // Only a date the notice states: no footer date line otherwise.
  const updated = s.model.updated ? `${s.model.labels?.updated ?? 'Fecha de última actualización'}: ${s.model.updated.text}` : '';
  const count = doc.pages.length;
  doc.pages.forEach((page, i) => {
    doc.select(page);
    doc.artifact(
      () => {
        doc.line(t.margin.left, t.footerY - 11, t.margin.left + width, t.footerY - 11, t.color.rule, 0.5);
        if (updated) doc.text(t.margin.left, t.footerY, 'regular', t.small, t.color.muted, [updated]);
        const label = `Página ${i + 1} de ${count}`;
        doc.text(t.margin.left + width - doc.fonts.regular.width(label, t.small), t.footerY, 'regular', t.small, t.color.muted, [label]);
      },
      'Pagination',
      'Footer',
    );
  });
}

export interface RenderedPdf {
  bytes: Uint8Array;
  /** Characters of the model that no embedded font can draw (printed as «?», extracted as themselves). */
  missing: string[];
}

/**
 * Renders the section model as a tagged PDF/A-1b and PDF/UA-1 document (letter or A4) with the
 * embedded Noto Sans family. Byte-identical for identical input: no clock, no randomness, no paths.
 */
export async function renderPdf(model: NoticeDocument, o: RenderOptions): Promise<Uint8Array> {
  return (await renderPdfReport(model, o)).bytes;
}

/** renderPdf, and what the renderer could not draw. */
export async function renderPdfReport(model: NoticeDocument, o: RenderOptions): Promise<RenderedPdf> {
  const theme = pdfTheme(o.paper, o.brand);
  const info = documentInfo(model, o);
  const doc = new PdfDoc({
    width: theme.size[0],
    height: theme.size[1],
    lang: model.lang,
    info: infoEntries(info),
    xmp: xmpPacket(info, model.lang),
  });
  const anchors = anchorsOf(model);
  const resolve = (href: string): LinkTarget | undefined => resolveHref(href, anchors, o.base);
  const s: PdfState = { doc, theme, model, y: 0, decor: [], measure: createMeasure(doc), resolve, headingLevel: 0, layouts: new WeakMap() };
  newPage(s);
  titleBlock(s, doc.root);
  sections(s, doc.root);
  footers(s);
  const bytes = doc.end();
  return { bytes, missing: [...doc.missing].sort() };
}
