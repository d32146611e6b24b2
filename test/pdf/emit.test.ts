import { describe, expect, test, vi } from 'vitest';
import { emitPdf, emitSimplifiedPdf, renderPdf, warmPdf } from '../../src/emit/pdf/index.js';
import { sampleDocument } from '../fixtures/pdf/sample-document.js';
import { contextFor, loadNotice, referenceNoticeFiles } from './notices.js';
import { readPdf, squash } from './pdf-tools.js';

const files = referenceNoticeFiles();
const first = loadNotice(files[0]!);

function bytesOf(r: { outputs: { contents: string | Uint8Array }[] }): Buffer {
  return Buffer.from(r.outputs[0]!.contents as Uint8Array);
}

/** The trailer's file identifier: pdfkit derives it from the info dictionary. */
function fileId(pdf: Buffer): string {
  const m = /\/ID \[<([0-9a-f]+)> <[0-9a-f]+>\]/.exec(pdf.toString('latin1'));
  if (!m) throw new Error('no /ID in trailer');
  return m[1]!;
}

describe('determinism and identity', () => {
  test('warm and cold renders are byte-identical, and the clock plays no part', async () => {
    const a = bytesOf(await emitPdf(first.notice, contextFor(first)));
    await warmPdf();
    vi.useFakeTimers({ now: new Date('2031-07-04T12:34:56Z') });
    try {
      const b = bytesOf(await emitPdf(first.notice, contextFor(first)));
      expect(b.equals(a)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  test('creation and modification dates come from ctx.epoch', async () => {
    const pdf = bytesOf(await emitPdf(first.notice, contextFor(first, { epoch: 1_700_000_000 }))).toString('latin1');
    expect(pdf.match(/\(D:20231114221320Z\)/g)).toHaveLength(2);
    expect(pdf).toContain('<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>');
    expect(pdf).toContain('<xmp:ModifyDate>2023-11-14T22:13:20Z</xmp:ModifyDate>');
  });

  test('the file ID follows the content: same input same ID, any change a new ID', async () => {
    const ctx = contextFor(first);
    const base = fileId(bytesOf(await emitPdf(first.notice, ctx)));
    expect(fileId(bytesOf(await emitPdf(first.notice, ctx)))).toBe(base);
    const ids = new Set([
      base,
      fileId(bytesOf(await emitSimplifiedPdf(first.notice, ctx))),
      fileId(bytesOf(await emitPdf({ ...first.notice, title: `${first.notice.title} (2)` }, ctx))),
      fileId(bytesOf(await emitPdf(first.notice, { ...ctx, paper: 'a4' }))),
      fileId(bytesOf(await emitPdf(first.notice, { ...ctx, draft: true }))),
      fileId(Buffer.from(await renderPdf(sampleDocument, { paper: 'letter', epoch: ctx.epoch }))),
    ]);
    expect(ids.size).toBe(6);
  });
});

describe('options', () => {
  test('letter by default, A4 by configuration', async () => {
    const a4 = await readPdf(bytesOf(await emitPdf(first.notice, contextFor(first, { paper: 'a4' }))));
    expect(a4.pageSize.map(Math.round)).toEqual([595, 842]);
  });

  test('a draft says so on every page and in the title', async () => {
    const pdf = await readPdf(bytesOf(await emitPdf(first.notice, contextFor(first, { draft: true }))));
    expect(pdf.title).toMatch(/^\[BORRADOR\] /);
    for (const page of pdf.pages) expect(page).toContain('BORRADOR');
  });

  test('characters the font cannot draw are reported, not silently dropped', async () => {
    const notice = { ...first.notice, title: `${first.notice.title} 漢` };
    const r = await emitPdf(notice, contextFor(first));
    expect(r.diagnostics).toMatchObject([{ code: 'PDF-MISSING-GLYPH', severity: 'warning', file: first.file, pointer: '' }]);
    expect(r.diagnostics[0]!.message).toContain('U+6F22');
    expect(r.outputs).toHaveLength(1);
  });

  test('the footer carries «Página X de Y» and the update date written out in Spanish', async () => {
    const pdf = await readPdf(bytesOf(await emitPdf(first.notice, contextFor(first))));
    const n = pdf.pages.length;
    pdf.pages.forEach((p, i) => {
      expect(squash(p)).toContain(`Página ${i + 1} de ${n}`);
      expect(squash(p)).toMatch(/Fecha de última actualización: (\d{1,2} de )?(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/);
      expect(squash(p).startsWith(first.notice.controller.name)).toBe(true);
    });
  });
});
