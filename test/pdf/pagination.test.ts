import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Block, Inline, NoticeDocument, Section } from '../../src/emit/document.js';
import { renderPdf } from '../../src/emit/pdf/index.js';
import { ROOT } from '../helpers/cli.js';
import { sampleDocument } from '../fixtures/pdf/sample-document.js';
import { emitPdf } from '../../src/emit/pdf/index.js';
import { contextFor, loadNotice, referenceNoticeFiles } from './notices.js';
import { contentOperations, PdfObjects, type Operand } from './pdf-objects.js';

// Print typography that can be measured in the file: where each line of each structure element
// landed (page and baseline, read back with qpdf), so that no paragraph leaves a single line at
// the foot or head of a page, no heading ends a page without what follows it, short list items and
// table rows stay whole, badges stay on one line, and lines hold 60–80 characters of body text.

const ART = join(ROOT, 'test-artifacts/pdf/pagination');
const t = (text: string): Inline[] => [{ kind: 'text', text }];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

const WORDS = 'datos personales tratamiento finalidad responsable transparencia consentimiento derechos acceso rectificación cancelación oposición portabilidad solicitud unidad domicilio correo electrónico plazo días hábiles información aviso privacidad'.split(' ');

/** A seeded document of many sections: paragraphs of 1 to 12 lines, headings, lists, tables, badges. */
function stressDocument(seed: number): NoticeDocument {
  const r = rng(seed);
  const words = (n: number): string => Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
  const para = (): Block => ({ kind: 'paragraph', content: [{ kind: 'text', text: `${words(2 + Math.floor(r() * 110))}.` }] });
  const sections: Section[] = Array.from({ length: 14 }, (_, i) => {
    const blocks: Block[] = [];
    for (let b = 0; b < 3 + Math.floor(r() * 5); b++) {
      const k = r();
      if (k < 0.45) blocks.push(para());
      else if (k < 0.6) blocks.push({ kind: 'heading', level: r() < 0.7 ? 3 : 4, text: words(2 + Math.floor(r() * 6)) }, para());
      else if (k < 0.8)
        blocks.push({
          kind: 'list',
          ordered: r() < 0.3,
          items: Array.from({ length: 2 + Math.floor(r() * 5) }, () => ({
            content: [{ kind: 'text', text: words(3 + Math.floor(r() * 50)) }, ...(r() < 0.3 ? [{ kind: 'badge' as const, tone: 'sensitive' as const, text: 'Dato sensible' }] : [])],
          })),
        });
      else if (k < 0.9)
        blocks.push({
          kind: 'table',
          caption: words(3),
          head: ['Dato', 'Finalidad', '¿Consentimiento?'],
          rows: Array.from({ length: 2 + Math.floor(r() * 6) }, () => [t(words(2)), t(words(4 + Math.floor(r() * 30))), r() < 0.5 ? t('No') : [{ kind: 'badge', tone: 'consent', text: 'Sí, por escrito' }]]),
        });
      else blocks.push({ kind: 'callout', tone: 'refusal', title: words(4), blocks: [para(), para()] });
    }
    return { id: `s${i}`, title: `${i + 1}. ${words(3 + Math.floor(r() * 8))}`, blocks };
  });
  return { ...sampleDocument, summary: undefined, sections };
}

interface Line {
  page: number;
  y: number;
  text: string;
}

interface Placed {
  type: string;
  lines: Line[];
  kids: Placed[];
}

/** Lines of every structure element, in reading order: (page, baseline) of each run of text, with its text. */
function placements(file: string): { root: Placed; pageHeight: number } {
  const pdf = new PdfObjects(file);
  const pageIndex = new Map(pdf.pages.map((p, i) => [p, i]));
  const byMcid = new Map<string, Line[]>();
  let pageHeight = 0;
  pdf.pages.forEach((page, p) => {
    const dict = pdf.dict(page);
    pageHeight = (pdf.array(dict['/MediaBox'])[3] as number) ?? 0;
    let mcid: number | undefined;
    let depth = 0;
    let mcDepth = -1;
    let x = 0;
    let y = 0;
    const fonts = pdf.dict(pdf.dict(dict['/Resources'])['/Font']);
    const cmaps = new Map<string, Map<string, string>>();
    let cmap: Map<string, string> | undefined;
    for (const { op, operands } of contentOperations(pdf.pageContent(page))) {
      if (op === 'BDC' || op === 'BMC') {
        depth++;
        const props = operands[1] as Record<string, Operand> | undefined;
        if (op === 'BDC' && props && typeof props === 'object' && '/MCID' in props) {
          mcid = props['/MCID'] as number;
          mcDepth = depth;
        }
      } else if (op === 'EMC') {
        if (depth === mcDepth) mcid = undefined;
        depth--;
      } else if (op === 'BT') {
        x = 0;
        y = 0;
      } else if (op === 'Td') {
        x += operands[0] as number;
        y += operands[1] as number;
      } else if (op === 'Tf') {
        const ref = fonts[operands[0] as string];
        const key = String(ref);
        if (!cmaps.has(key)) {
          const tu = pdf.dict(ref)['/ToUnicode'];
          const m = new Map<string, string>();
          for (const e of pdf.streamData(tu).toString('latin1').matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/g)) m.set(e[1]!, Buffer.from(e[2]!, 'hex').swap16().toString('utf16le'));
          cmaps.set(key, m);
        }
        cmap = cmaps.get(key);
      } else if (op === 'TJ' && mcid !== undefined) {
        let text = '';
        for (const s of operands[0] as Operand[]) if (Buffer.isBuffer(s)) for (let i = 0; i + 1 < s.length; i += 2) text += cmap?.get(s.toString('hex', i, i + 2)) ?? '?';
        const key = `${p}:${mcid}`;
        const lines = byMcid.get(key) ?? [];
        const last = lines[lines.length - 1];
        if (last && Math.abs(last.y - y) < 0.5) last.text += text;
        else lines.push({ page: p, y: Math.round(y * 10) / 10, text });
        byMcid.set(key, lines);
      }
    }
  });
  const walk = (ref: unknown): Placed => {
    const d = pdf.dict(ref as string);
    const e: Placed = { type: String(d['/S']).slice(1), lines: [], kids: [] };
    for (const k of pdf.array(d['/K'])) {
      if (typeof k === 'number') e.lines.push(...(byMcid.get(`${pageIndex.get(d['/Pg'] as string)}:${k}`) ?? []));
      else if (PdfObjects.isRef(k)) {
        const kd = pdf.dict(k);
        if (kd['/Type'] === '/MCR') e.lines.push(...(byMcid.get(`${pageIndex.get(kd['/Pg'] as string)}:${kd['/MCID'] as number}`) ?? []));
        else if (kd['/Type'] !== '/OBJR') e.kids.push(walk(k));
      } else if (k && typeof k === 'object' && (k as Record<string, unknown>)['/Type'] === '/MCR') {
        const kd = k as Record<string, unknown>;
        e.lines.push(...(byMcid.get(`${pageIndex.get(kd['/Pg'] as string)}:${kd['/MCID'] as number}`) ?? []));
      }
    }
    return e;
  };
  const root = walk(pdf.array(pdf.dict(pdf.catalog['/StructTreeRoot'])['/K'])[0]);
  return { root, pageHeight };
}

/** All lines of an element and its descendants, in reading order. */
function allLines(e: Placed): Line[] {
  const out = [...e.lines];
  for (const k of e.kids) out.push(...allLines(k));
  return out.sort((a, b) => a.page - b.page || b.y - a.y);
}

/** The lines of an element's own text (links and spans inside it included), merged per baseline. */
function textLines(e: Placed): Line[] {
  const raw = [...e.lines];
  const visit = (x: Placed): void => {
    for (const k of x.kids) {
      if (k.type === 'Link' || k.type === 'Span') {
        raw.push(...k.lines);
        visit(k);
      }
    }
  };
  visit(e);
  const merged: Line[] = [];
  for (const l of raw.sort((a, b) => a.page - b.page || b.y - a.y)) {
    const last = merged[merged.length - 1];
    if (last && last.page === l.page && Math.abs(last.y - l.y) < 0.5) last.text += l.text;
    else merged.push({ ...l });
  }
  return merged;
}

function flatten(e: Placed, out: Placed[] = []): Placed[] {
  out.push(e);
  for (const k of e.kids) flatten(k, out);
  return out;
}

/** Lines per page of an element, in page order. */
function perPage(lines: Line[]): number[] {
  const counts = new Map<number, Set<number>>();
  for (const l of lines) (counts.get(l.page) ?? counts.set(l.page, new Set()).get(l.page)!).add(l.y);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([, ys]) => ys.size);
}

const files: { name: string; file: string }[] = [];

beforeAll(async () => {
  mkdirSync(ART, { recursive: true });
  for (const [seed, paper] of [[1, 'letter'], [2, 'a4'], [3, 'letter']] as const) {
    const file = join(ART, `estres-${seed}-${paper}.pdf`);
    writeFileSync(file, await renderPdf(stressDocument(seed), { paper, epoch: 1_744_675_200 }));
    files.push({ name: `estres-${seed}-${paper}`, file });
  }
  for (const f of referenceNoticeFiles()) {
    const c = loadNotice(f);
    const file = join(ART, `${c.notice.id}.pdf`);
    writeFileSync(file, (await emitPdf(c.notice, contextFor(c))).outputs[0]!.contents as Uint8Array);
    files.push({ name: c.notice.id, file });
  }
}, 120_000);

describe('pagination and print typography', () => {
  test('no paragraph leaves a single line alone at the foot or the head of a page (widows and orphans)', () => {
    for (const { name, file } of files) {
      const { root } = placements(file);
      for (const e of flatten(root).filter((x) => x.type === 'P' || x.type === 'LBody')) {
        const lines = textLines(e);
        const counts = perPage(lines);
        if (counts.length > 1) for (const n of counts) expect(n, `${name}: «${lines[0]!.text.slice(0, 60)}» split ${counts.join('+')}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  test('a heading is never the last thing on its page: the start of what follows shares it', () => {
    for (const { name, file } of files) {
      const { root } = placements(file);
      const all = flatten(root);
      const lines = allLines(root);
      for (const h of all.filter((x) => /^H[1-6]$/.test(x.type))) {
        const last = h.lines[h.lines.length - 1]!;
        const next = lines.find((l) => l.page > last.page || (l.page === last.page && l.y < last.y - 0.5));
        if (next) expect(next.page, `${name}: heading «${h.lines.map((l) => l.text).join('')}» ends its page`).toBe(last.page);
        expect(new Set(h.lines.map((l) => l.page)).size, `${name}: heading split across pages`).toBe(1);
      }
    }
  });

  test('list items of up to three lines and table rows stay whole; longer ones keep two lines on each page', () => {
    for (const { name, file } of files) {
      const { root } = placements(file);
      for (const e of flatten(root)) {
        if (e.type !== 'LI' && e.type !== 'TR') continue;
        // An item's own text: its label and body, not the lists nested in it.
        const own = e.type === 'LI' ? e.kids.flatMap((k) => textLines(k)) : allLines(e);
        const counts = perPage(own);
        if (counts.length > 1) {
          expect(counts.reduce((a, b) => a + b, 0), `${name}: short ${e.type} split`).toBeGreaterThan(3);
          for (const n of counts) expect(n, `${name}: ${e.type} split ${counts.join('+')}`).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  test('badges and link labels of two words never break: «Dato sensible» and «Sí, por escrito» are on one line', () => {
    for (const { name, file } of files.filter((f) => f.name.startsWith('estres'))) {
      const text = allLines(placements(file).root).map((l) => l.text).join('\n');
      expect(text, name).not.toMatch(/Dato\n\s*sensible/);
      expect(text, name).not.toMatch(/Sí,\n\s*por escrito|Sí, por\n\s*escrito/);
      expect(text.match(/Dato sensible/g)?.length ?? 0, name).toBeGreaterThan(0);
    }
  });

  test('body lines hold 60 to 80 characters on average (a comfortable measure at 11 pt)', () => {
    for (const { name, file } of files) {
      const { root } = placements(file);
      const full: number[] = [];
      for (const p of flatten(root).filter((x) => x.type === 'P')) {
        const lines = textLines(p);
        // Every line but the last of a paragraph is full (ragged right, no hyphenation).
        if (lines.length >= 3) for (const l of lines.slice(0, -1)) full.push([...l.text.trimEnd()].length);
      }
      const mean = full.reduce((a, b) => a + b, 0) / full.length;
      expect(mean, name).toBeGreaterThanOrEqual(60);
      expect(mean, name).toBeLessThanOrEqual(80);
      expect(Math.max(...full), name).toBeLessThanOrEqual(95);
    }
  });
});
