import PDFDocument from 'pdfkit';
import type { Block, Inline, NoticeDocument, Summary } from '../document.js';
import { renderBlocks, renderHeading } from './blocks.js';
import { pdfFonts, type FaceName } from './fonts.js';
import { runDefaults, layout, lineHeight } from './layout.js';
import { contentDigest, documentInfo, installXmp, type RenderOptions } from './metadata.js';
import { advance, artifact, contentWidth, createMeasure, newPage, type PdfState } from './page.js';
import { drawLines } from './draw-text.js';
import { anchorsOf, resolveHref, type LinkTarget } from './links.js';
import { pdfTheme } from './theme.js';

export type { RenderOptions };

const FACES: FaceName[] = ['regular', 'bold', 'italic', 'boldItalic'];

function createDocument(model: NoticeDocument, o: RenderOptions): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    subset: 'PDF/A-1b',
    tagged: true,
    lang: model.lang,
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: false,
    info: documentInfo(model, o, contentDigest(model, o)),
  });
  installXmp(doc, model.lang);
  const fonts = pdfFonts();
  for (const face of FACES) doc.registerFont(face, fonts[face] as unknown as string);
  doc.font('regular');
  return doc;
}

function titleBlock(s: PdfState, root: PDFKit.PDFStructureElement): void {
  const box = { x: s.theme.margin.left, width: contentWidth(s) };
  renderHeading(s, root, 'H1', s.model.title, s.theme.h1, box);
  if (s.model.subtitle) {
    const d = runDefaults(s, 'regular', s.theme.h3, s.theme.color.muted);
    const p = s.doc.struct('P');
    root.add(p);
    drawLines(s, layout(s, [{ kind: 'text', text: s.model.subtitle }], box.width, d), { x: box.x, elem: p, tag: 'P', lineHeight: lineHeight(s, d.size) });
    p.end();
  }
  advance(s, s.theme.gap);
  const m = s.model;
  const blocks: Block[] = [];
  if (m.draft) {
    const title = m.labels?.draftBanner ?? 'BORRADOR';
    blocks.push({ kind: 'callout', tone: 'warning', title, blocks: m.labels ? [{ kind: 'paragraph', content: [{ kind: 'text', text: m.labels.draftDetail }] }] : [] });
  }
  if (m.description) blocks.push({ kind: 'paragraph', content: [{ kind: 'text', text: m.description }] });
  if (m.summary) blocks.push(summaryBlock(m.summary));
  renderBlocks(s, blocks, root, box);
}

/** The integral notice's «En resumen» box, drawn as a callout of terms and descriptions. */
function summaryBlock(summary: Summary): Block {
  const items = summary.items.map((it) => {
    const description: Inline[] = [...it.description];
    if (it.href) description.push({ kind: 'text', text: ' ' }, { kind: 'link', href: it.href, children: [{ kind: 'text', text: it.hrefLabel ?? it.href }] });
    return { term: it.term, description };
  });
  return { kind: 'callout', tone: 'info', title: summary.title, blocks: [{ kind: 'definitions', items }] };
}

function sections(s: PdfState, root: PDFKit.PDFStructureElement): void {
  const box = { x: s.theme.margin.left, width: contentWidth(s) };
  for (const section of s.model.sections) {
    const sect = s.doc.struct('Sect');
    root.add(sect);
    advance(s, s.theme.gap);
    const top = renderHeading(s, sect, 'H2', section.title, s.theme.h2, box, section.id);
    s.doc.outline.addItem(section.title, { top: Math.max(0, top - 6), left: s.theme.size[0], zoom: 0 });
    advance(s, s.theme.gap / 2);
    renderBlocks(s, section.blocks, sect, box);
    sect.end();
  }
}

/** «Última actualización: …» and «Página X de Y» on every page, as pagination artifacts. */
function footers(s: PdfState): void {
  const { doc, theme: t } = s;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    artifact(
      s,
      () => {
        const width = contentWidth(s);
        doc.moveTo(t.margin.left, t.footerY - 6).lineTo(t.margin.left + width, t.footerY - 6).lineWidth(0.5).stroke(t.color.rule);
        doc.font('regular').fontSize(t.small).fillColor(t.color.muted);
        const updated = s.model.updated ? `${s.model.labels?.updated ?? 'Fecha de última actualización'}: ${s.model.updated.text}` : '';
        if (updated) doc.text(updated, t.margin.left, t.footerY, { lineBreak: false });
        const page = `Página ${i + 1 - start} de ${count}`;
        doc.text(page, t.margin.left + width - doc.widthOfString(page), t.footerY, { lineBreak: false });
      },
      'Pagination',
    );
  }
}

/**
 * Renders the section model as a tagged PDF/A-1b document (letter or A4) with the embedded
 * Noto Sans family. Byte-identical for identical input: no clock, no randomness, no paths.
 */
export async function renderPdf(model: NoticeDocument, o: RenderOptions): Promise<Uint8Array> {
  const doc = createDocument(model, o);
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const anchors = anchorsOf(model);
  const resolve = (href: string): LinkTarget | undefined => resolveHref(href, anchors, o.base);
  const s: PdfState = { doc, theme: pdfTheme(o.paper), model, y: 0, decor: [], measure: createMeasure(doc), resolve };
  newPage(s);
  const root = doc.struct('Document');
  doc.addStructure(root);
  titleBlock(s, root);
  sections(s, root);
  root.end();
  footers(s);
  doc.outline.options = { expanded: true };
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
