import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { NoticeDocument } from '../../src/emit/document.js';
import { emitPdf, emitSimplifiedPdf, renderPdf } from '../../src/emit/pdf/index.js';
import { ROOT } from '../helpers/cli.js';
import { sampleDocument } from '../fixtures/pdf/sample-document.js';
import { contextFor, loadNotice, referenceNoticeFiles } from './notices.js';
import { contentOperations, parseToUnicode, PdfObjects, type Operand, type PdfValue } from './pdf-objects.js';
import { preflight } from './pdf-tools.js';

// PDF/UA-1 (ISO 14289-1) as far as a machine can judge it, read with qpdf (not with notice's own
// writer): identification and metadata, a structure tree that owns every piece of content that
// is not an artifact, in reading order, standard structure types nested as the standard says,
// headings that never skip a level, links and figures with alternate text, and fonts embedded with
// a Unicode mapping for every glyph drawn. Checked on every reference notice (both variants), a
// draft, an A4 file and the fixture with every block kind.

const ART = join(ROOT, 'test-artifacts/pdf/pdfua');

const STANDARD = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);
const ALLOWED_KIDS: Record<string, Set<string>> = {
  Table: new Set(['TR', 'THead', 'TBody', 'TFoot', 'Caption']),
  TR: new Set(['TH', 'TD']),
  L: new Set(['LI', 'L', 'Caption']),
  LI: new Set(['Lbl', 'LBody']),
};
const PAINT = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'BI']);

interface Case {
  name: string;
  file: string;
}

const cases: Case[] = [];

beforeAll(async () => {
  rmSync(ART, { recursive: true, force: true });
  mkdirSync(ART, { recursive: true });
  const write = (name: string, bytes: Uint8Array): void => {
    const file = join(ART, `${name}.pdf`);
    writeFileSync(file, bytes);
    cases.push({ name, file });
  };
  for (const f of referenceNoticeFiles()) {
    const c = loadNotice(f);
    write(`${c.notice.id}-integral`, (await emitPdf(c.notice, contextFor(c))).outputs[0]!.contents as Uint8Array);
    write(`${c.notice.id}-simplificado`, (await emitSimplifiedPdf(c.notice, contextFor(c))).outputs[0]!.contents as Uint8Array);
  }
  const first = loadNotice(referenceNoticeFiles()[0]!);
  write('borrador-a4', (await emitPdf(first.notice, contextFor(first, { draft: true, paper: 'a4' }))).outputs[0]!.contents as Uint8Array);
  const every: NoticeDocument = sampleDocument;
  write('todos-los-bloques', await renderPdf(every, { paper: 'letter', epoch: 1_744_675_200 }));
}, 300_000);

interface Elem {
  ref: string;
  type: string;
  dict: Record<string, PdfValue>;
  kids: Elem[];
}

/** Everything the checks need from one file. */
function inspect(file: string) {
  const pdf = new PdfObjects(file);
  const problems: string[] = [];
  const pageIndex = new Map(pdf.pages.map((p, i) => [p, i]));
  const root = pdf.dict(pdf.catalog['/StructTreeRoot']);
  // Parent tree: key → value (an array of elements per MCID for pages, an element for annotations).
  const parentTree = new Map<number, PdfValue>();
  const collectNums = (node: Record<string, PdfValue>): void => {
    const nums = pdf.array(node['/Nums']);
    for (let i = 0; i < nums.length; i += 2) parentTree.set(nums[i] as number, nums[i + 1]!);
    for (const kid of pdf.array(node['/Kids'])) collectNums(pdf.dict(kid));
  };
  collectNums(pdf.dict(root['/ParentTree']));

  // The structure tree in logical order, with each element's marked content and annotations.
  const order: [number, number][] = [];
  const annotationsInTree = new Set<string>();
  const headings: number[] = [];
  const elems: Elem[] = [];
  const walk = (ref: string, parent: string): Elem => {
    const dict = pdf.dict(ref);
    const type = String(dict['/S']).slice(1);
    if (!STANDARD.has(type)) problems.push(`${ref}: non-standard structure type /${type} without a role map`);
    if (dict['/P'] !== parent) problems.push(`${ref} (${type}): /P is ${String(dict['/P'])}, its parent is ${parent}`);
    const e: Elem = { ref, type, dict, kids: [] };
    elems.push(e);
    if (/^H[1-6]$/.test(type)) headings.push(Number(type[1]));
    const pg = dict['/Pg'];
    for (const k of pdf.array(dict['/K'])) {
      if (typeof k === 'number') {
        if (!PdfObjects.isRef(pg)) problems.push(`${ref}: MCID ${k} without /Pg`);
        else order.push([pageIndex.get(pg)!, k]);
      } else if (PdfObjects.isRef(k) && pdf.dict(k)['/Type'] !== '/MCR' && pdf.dict(k)['/Type'] !== '/OBJR') {
        e.kids.push(walk(k, ref));
      } else {
        const kd = pdf.dict(k);
        if (kd['/Type'] === '/MCR') order.push([pageIndex.get(kd['/Pg'] as string)!, kd['/MCID'] as number]);
        else if (kd['/Type'] === '/OBJR') {
          annotationsInTree.add(kd['/Obj'] as string);
          const annot = pdf.dict(kd['/Obj']);
          const key = annot['/StructParent'];
          if (typeof key !== 'number' || parentTree.get(key) !== ref) problems.push(`${ref}: annotation ${String(kd['/Obj'])} does not point back to it through /StructParent`);
          e.kids.push({ ref: kd['/Obj'] as string, type: 'OBJR', dict: annot, kids: [] });
        }
      }
    }
    return e;
  };
  const top = pdf.array(root['/K']).map((k) => walk(k as string, pdf.catalog['/StructTreeRoot'] as string));

  // Content streams: every painting operator inside tagged content or an artifact; MCIDs owned;
  // every glyph code in the font's ToUnicode map.
  const streamOrder: [number, number][] = [];
  const toUnicode = new Map<string, Map<string, string>>();
  let glyphs = 0;
  // The text a screen reader gets (tagged content, ActualText honoured) and the page furniture.
  let tagged = '';
  let furniture = '';
  pdf.pages.forEach((page, p) => {
    const pageDict = pdf.dict(page);
    if (pageDict['/Tabs'] !== '/S') problems.push(`page ${p + 1}: /Tabs is not /S`);
    const fonts = pdf.dict(pdf.dict(pageDict['/Resources'])['/Font'] ?? {});
    const owners = pdf.array(parentTree.get(pageDict['/StructParents'] as number));
    const stack: { tag: string; mcid?: number; actual?: boolean }[] = [];
    let font: Map<string, string> | undefined;
    for (const { op, operands } of contentOperations(pdf.pageContent(page))) {
      if (op === 'BDC' || op === 'BMC') {
        const props = operands[1] as Record<string, Operand> | undefined;
        const mcid = op === 'BDC' && props && typeof props === 'object' && '/MCID' in props ? (props['/MCID'] as number) : undefined;
        const actual = op === 'BDC' && props && typeof props === 'object' && Buffer.isBuffer(props['/ActualText']) ? (props['/ActualText'] as Buffer) : undefined;
        stack.push({ tag: operands[0] as string, ...(mcid !== undefined ? { mcid } : {}), ...(actual ? { actual: true } : {}) });
        if (actual) {
          const t = actual[0] === 0xfe && actual[1] === 0xff ? Buffer.from(actual.subarray(2)).swap16().toString('utf16le') : actual.toString('latin1');
          if (stack.some((m) => m.tag === '/Artifact')) furniture += t;
          else tagged += t;
        }
        if (mcid !== undefined) {
          streamOrder.push([p, mcid]);
          const owner = owners[mcid];
          if (!PdfObjects.isRef(owner)) problems.push(`page ${p + 1}: MCID ${mcid} has no owner in the parent tree`);
          else if (String(pdf.dict(owner)['/S']) !== (operands[0] as string)) problems.push(`page ${p + 1}: MCID ${mcid} is tagged ${String(operands[0])} but owned by ${String(pdf.dict(owner)['/S'])}`);
        }
      } else if (op === 'EMC') stack.pop();
      else if (op === 'ET') {
        if (stack.some((m) => m.tag === '/Artifact')) furniture += '\n';
        else tagged += '\n';
      }
      else if (op === 'Tf') {
        const ref = fonts[operands[0] as string];
        const key = String(ref);
        if (!toUnicode.has(key)) {
          const f = pdf.dict(ref);
          const tu = f['/ToUnicode'];
          toUnicode.set(key, PdfObjects.isRef(tu) ? parseToUnicode(pdf.streamData(tu).toString('latin1')) : new Map());
          if (!PdfObjects.isRef(tu)) problems.push(`font ${key}: no ToUnicode`);
          const cid = pdf.dict(pdf.array(f['/DescendantFonts'])[0]);
          const fd = pdf.dict(cid['/FontDescriptor']);
          if (!fd['/FontFile2'] && !fd['/FontFile3'] && !fd['/FontFile']) problems.push(`font ${key}: not embedded`);
        }
        font = toUnicode.get(key);
      } else if (PAINT.has(op)) {
        const inTagged = stack.some((m) => m.mcid !== undefined);
        const artifact = stack.some((m) => m.tag === '/Artifact');
        if (!inTagged && !artifact) problems.push(`page ${p + 1}: ${op} outside tagged content and artifacts`);
        if (inTagged && artifact) problems.push(`page ${p + 1}: ${op} inside both tagged content and an artifact`);
        if (op === 'Tj' || op === 'TJ') {
          const strings = (op === 'TJ' ? (operands[0] as Operand[]) : operands).filter((o): o is Buffer => Buffer.isBuffer(o));
          const replaced = stack.some((m) => m.actual);
          for (const s of strings) {
            for (let i = 0; i + 1 < s.length; i += 2) {
              glyphs++;
              const code = s.toString('hex', i, i + 2);
              const u = font?.get(code);
              if (code === '0000') problems.push(`page ${p + 1}: .notdef drawn`);
              else if (!u) problems.push(`page ${p + 1}: glyph ${code} has no Unicode mapping`);
              else if (replaced) continue;
              else if (artifact) furniture += u;
              else tagged += u;
            }
          }
        }
      }
    }
    for (const a of pdf.array(pageDict['/Annots'])) {
      const annot = pdf.dict(a);
      if (!annotationsInTree.has(a as string)) problems.push(`page ${p + 1}: annotation ${String(a)} is not in the structure tree`);
      if (!PdfObjects.text(annot['/Contents'])?.trim()) problems.push(`page ${p + 1}: annotation ${String(a)} has no /Contents`);
    }
  });

  return { pdf, problems, top, elems, headings, order, streamOrder, glyphs, tagged, furniture };
}

describe.each([0])('PDF/UA-1', () => {
  test('every file: identification, catalog and metadata', () => {
    for (const c of cases) {
      const { pdf } = inspect(c.file);
      const xmp = pdf.streamData(pdf.catalog['/Metadata']).toString('utf8');
      expect(xmp, c.name).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
      expect(xmp, c.name).toMatch(/<pdfaid:part>1<\/pdfaid:part>/);
      expect(xmp, c.name).toMatch(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">[^<]+<\/rdf:li>/);
      // PDF/A-1 knows the PDF/UA schema only through an extension schema declaration.
      expect(xmp, c.name).toMatch(/<pdfaSchema:namespaceURI>http:\/\/www\.aiim\.org\/pdfua\/ns\/id\/<\/pdfaSchema:namespaceURI>/);
      expect(PdfObjects.text(pdf.catalog['/Lang']), c.name).toBe('es-MX');
      expect(pdf.dict(pdf.catalog['/MarkInfo'])['/Marked'], c.name).toBe(true);
      expect(pdf.dict(pdf.catalog['/ViewerPreferences'])['/DisplayDocTitle'], c.name).toBe(true);
      expect(PdfObjects.text(pdf.dict(pdf.trailer['/Info'])['/Title'])?.length, c.name).toBeGreaterThan(0);
    }
  });

  test('every file: all content tagged or an artifact, every MCID owned, every annotation in the tree with alternate text, every glyph mapped', () => {
    for (const c of cases) {
      const { problems, glyphs } = inspect(c.file);
      expect(problems, c.name).toEqual([]);
      expect(glyphs, c.name).toBeGreaterThan(500);
    }
  });

  test('every file: reading order (the structure tree, depth first) is the order of the content on the pages', () => {
    for (const c of cases) {
      const { order, streamOrder } = inspect(c.file);
      expect(order.length, c.name).toBe(streamOrder.length);
      expect(order, c.name).toEqual(streamOrder);
    }
  });

  test('every file: one Document; standard nesting of tables and lists; headings start at H1 and never skip a level', () => {
    for (const c of cases) {
      const { top, elems, headings } = inspect(c.file);
      expect(top.map((e) => e.type), c.name).toEqual(['Document']);
      for (const e of elems) {
        const allowed = ALLOWED_KIDS[e.type];
        if (allowed) for (const k of e.kids) expect(allowed.has(k.type), `${c.name}: ${e.type} > ${k.type}`).toBe(true);
        if (e.type === 'Table') {
          const captions = e.kids.map((k, i) => (k.type === 'Caption' ? i : -1)).filter((i) => i >= 0);
          for (const i of captions) expect(i === 0 || i === e.kids.length - 1, `${c.name}: Caption first or last`).toBe(true);
        }
        if (e.type === 'TH') expect(JSON.stringify(e.dict['/A']), `${c.name}: TH scope`).toMatch(/"\/Scope":"\/(Column|Row|Both)"/);
        if (e.type === 'Figure' || e.type === 'Formula') expect(PdfObjects.text(e.dict['/Alt'])?.trim(), `${c.name}: ${e.type} /Alt`).toBeTruthy();
        if (e.type === 'Link') expect(e.kids.some((k) => k.type === 'OBJR'), `${c.name}: Link without its annotation`).toBe(true);
      }
      expect(headings[0], c.name).toBe(1);
      headings.forEach((h, i) => {
        if (i > 0) expect(h, `${c.name}: heading ${i} H${h} after H${headings[i - 1]}`).toBeLessThanOrEqual(headings[i - 1]! + 1);
      });
    }
  });

  test('a link that wraps is one Link element holding several annotations', () => {
    const c = cases.find((x) => x.name.endsWith('-integral'))!;
    const all = cases.flatMap((x) => inspect(x.file).elems.filter((e) => e.type === 'Link'));
    expect(all.length).toBeGreaterThan(10);
    expect(all.some((e) => e.kids.filter((k) => k.type === 'OBJR').length > 1), c.name).toBe(true);
  });

  test('the update date and the draft status are content, read once; page numbers are furniture only', () => {
    const squash = (t: string): string => t.replace(/\s+/g, ' ');
    for (const c of cases) {
      const { tagged, furniture } = inspect(c.file);
      const dates = squash(tagged).match(/Fecha de última actualización: (\d{1,2} de )?[a-z]+ de \d{4}/g) ?? [];
      expect(dates, c.name).toHaveLength(1);
      expect(squash(furniture), c.name).toMatch(/Página 1 de \d+/);
      expect(squash(tagged), c.name).not.toMatch(/Página \d+ de/);
      if (c.name === 'borrador-a4') {
        expect(squash(tagged)).toContain('BORRADOR — no cumple con la LGPDPPSO');
        // And on every page, as furniture: the band at the top and the watermark.
        const pages = new PdfObjects(c.file).pages.length;
        expect(squash(furniture).split('BORRADOR — no cumple con la LGPDPPSO').length - 1).toBe(pages);
      } else expect(squash(tagged), c.name).not.toContain('BORRADOR');
    }
  });

  test('still PDF/A-1b (PDFBox Preflight), all files in one JVM', () => {
    const result = preflight(cases.map((c) => c.file), ART);
    for (const c of cases) expect(result.get(`${c.name}.pdf`), c.name).toEqual([]);
  });
});
