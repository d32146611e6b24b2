import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { NoticeDocument } from '../../src/emit/document.js';
import { emitPdf, emitSimplifiedPdf, PDF_FILES } from '../../src/emit/pdf/index.js';
import { buildDocument } from '../../src/emit/sections.js';
import { ROOT } from '../helpers/cli.js';
import { modelUnits, noticeFacts } from './facts.js';
import { contextFor, loadNotice, referenceNoticeFiles, type NoticeCase } from './notices.js';
import { compact, containsVerbatim, pdfinfo, preflight, qpdfCheck, readPdf, renderPngs, squash, taggedText, type PdfReading } from './pdf-tools.js';

const ART = join(ROOT, 'test-artifacts/pdf');
const run = promisify(execFile);

interface Built {
  c: NoticeCase;
  variant: NoticeDocument['variant'];
  model: NoticeDocument;
  file: string;
  pdf: PdfReading;
  /** pdf.js text without page furniture, whitespace removed. */
  body: string;
  /** `pdfinfo -struct-text` (what a screen reader gets); only for the simplified notices, see below. */
  struct: string;
  /** Text inside tagged content, artifacts left out (pdf.js). */
  tagged: string;
}

const cases = referenceNoticeFiles().map(loadNotice);
const built: Built[] = [];
let validity = new Map<string, string[]>();

/** Drops the running header and footer, which pdf.js extracts with the body (the header first, the footer last). */
function bodyText(r: PdfReading, m: NoticeDocument): string {
  return r.pages
    .map((p) => {
      const page = compact(p).replace(compact(m.controllerName), '');
      const footer = page.lastIndexOf('Fechadeúltimaactualización:');
      return /Página\d+de\d+$/.test(page) && footer >= 0 ? page.slice(0, footer) : page;
    })
    .join('');
}

beforeAll(async () => {
  for (const c of cases) {
    const dir = join(ART, c.notice.id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [variant, emit] of [['integral', emitPdf], ['simplified', emitSimplifiedPdf]] as const) {
      const ctx = contextFor(c);
      const result = await emit(c.notice, ctx);
      expect(result.diagnostics).toEqual([]);
      const out = result.outputs[0]!;
      expect(out.path).toBe(PDF_FILES[variant]);
      expect(out.mediaType).toBe('application/pdf');
      const file = join(dir, `${c.notice.id}-${out.path}`);
      writeFileSync(file, out.contents);
      renderPngs(file, file.replace(/\.pdf$/, ''));
      const model = buildDocument(c.notice, variant, { baseUrl: ctx.baseUrl! });
      const pdf = await readPdf(out.contents as Uint8Array);
      const tagged = (await taggedText(out.contents as Uint8Array)).join('');
      built.push({ c, variant, model, file, pdf, body: bodyText(pdf, model), struct: '', tagged });
    }
  }
  // poppler re-reads the page and its fonts for every marked-content id (about a second per page
  // on a loaded machine), so the slow, authoritative check runs on the simplified notices only and
  // pdf.js judges the tagged text of every file.
  const queue = built.filter((b) => b.variant === 'simplified');
  const worker = async (): Promise<void> => {
    for (let b = queue.shift(); b; b = queue.shift()) b.struct = (await run('pdfinfo', ['-struct-text', b.file], { maxBuffer: 1 << 26 })).stdout;
  };
  await Promise.all([worker(), worker()]);
  validity = preflight(built.map((b) => b.file), ART);
}, 300_000);

test('there are reference notices to judge', () => {
  expect(cases.length).toBeGreaterThan(0);
});

describe.each(cases.flatMap((c) => (['integral', 'simplified'] as const).map((v) => [`${c.notice.id} ${v}`, c.notice.id, v] as const)))('%s', (_name, id, variant) => {
  const get = (): Built => built.find((b) => b.c.notice.id === id && b.variant === variant)!;

  test('pdf.js finds every text unit of the section model, in reading order', () => {
    const { model, body } = get();
    let at = 0;
    for (const unit of modelUnits(model)) {
      const found = body.indexOf(compact(unit), at);
      expect(found, `not found after position ${at}: «${unit}»`).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });

  test('section headings appear in document order and the outline has one entry per section', () => {
    const { model, body, pdf } = get();
    const positions = model.sections.map((s) => body.indexOf(compact(s.title)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(pdf.outline).toEqual(model.sections.map((s) => s.title));
  });

  test('metadata: title, language es-MX, PDF/A identification in XMP', () => {
    const { model, pdf } = get();
    expect(pdf.title).toBe(model.subtitle ? `${model.title}. ${model.subtitle}` : model.title);
    expect(pdf.language).toBe('es-MX');
    expect(pdf.xmp).toMatch(/<pdfaid:part>1<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(pdf.pageSize).toEqual([612, 792]);
  });

  test('qpdf --check passes, pdfinfo reports a tagged file, Preflight says valid PDF/A-1b', () => {
    const { file } = get();
    const q = qpdfCheck(file);
    expect(q.ok, q.output).toBe(true);
    const info = pdfinfo(file);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(validity.get(file.split('/').pop()!)).toEqual([]);
  });

  test('tagged text reads naturally: every unit verbatim with its spaces, the update date once, no page furniture', () => {
    const { model, tagged } = get();
    const spoken = squash(tagged);
    for (const unit of modelUnits(model)) expect(containsVerbatim(tagged, unit), `«${unit}» in ${spoken}`).toBe(true);
    expect(spoken).not.toMatch(/Página \d+ de \d+/);
    // The update date is content (under the title), not only a footer artifact: read once.
    const updated = `${model.labels?.updated ?? 'Fecha de última actualización'}: ${model.updated.text}`;
    expect(spoken.split(updated)).toHaveLength(2);
  });

  if (variant === 'simplified') {
    test('pdfinfo -struct-text: the structure tree has the expected tags and reads every unit verbatim', () => {
      const { model, struct } = get();
      for (const tag of ['Document', 'H1', 'Sect', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Link']) expect(struct).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
      const spoken = squash([...struct.matchAll(/^\s*"(.*)"$/gm)].map((m) => m[1]).join(''));
      for (const unit of modelUnits(model)) expect(spoken, `«${unit}»`).toContain(squash(unit));
      expect(spoken).not.toMatch(/Página \d+ de \d+/);
    });
  }

  test('links are clickable: every http(s) and mailto link of the model is a link annotation', () => {
    const { model, pdf } = get();
    const hrefs = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (o.kind === 'link' && typeof o.href === 'string' && /^(https?|mailto):/.test(o.href)) hrefs.add(o.href);
        Object.values(o).forEach(walk);
      }
    };
    walk(model.sections);
    const norm = (u: string): string => (u.startsWith('http') ? new URL(u).href : u);
    const links = new Set(pdf.links.map(norm));
    for (const href of hrefs) expect(links.has(norm(href)), href).toBe(true);
  });

  if (variant === 'integral') {
    test('every fact of the notice is in the integral PDF (as text, or as a link target for URLs)', () => {
      const { c, body, pdf } = get();
      const links = new Set(pdf.links.map((l) => l.replace(/^mailto:/, '').replace(/\/$/, '')));
      const missing = noticeFacts(c.notice)
        .filter((f) => !body.includes(compact(f.text)))
        .filter((f) => !(f.url && (links.has(f.text.replace(/^mailto:/, '').replace(/\/$/, '')))))
        .map((f) => `${f.path}: «${f.text}»`);
      expect(missing).toEqual([]);
    });
  }
});
