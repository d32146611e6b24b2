import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { Block, Inline, NoticeDocument } from '../../src/emit/document.js';
import { renderPdf } from '../../src/emit/pdf/index.js';
import { ROOT } from '../helpers/cli.js';
import { sampleDocument } from '../fixtures/pdf/sample-document.js';
import { preflight, qpdfCheck, readPdf, renderPngs, squash, taggedText } from './pdf-tools.js';

const ART = join(ROOT, 'test-artifacts/pdf/fixtures');
const t = (text: string): Inline[] => [{ kind: 'text', text }];
const sentence = (i: number): string => `Oración número ${i} de un texto largo que ocupa varias líneas del documento y obliga a partirlo entre páginas.`;

const rows: Inline[][][] = Array.from({ length: 16 }, (_, i) => [t(`Fila ${i + 1}`), t(sentence(i + 1)), t(i % 2 ? 'Sí' : 'No')]);
// One cell taller than a whole page: it must be split between pages, not drawn over the footer.
const tall = `Fila alta: ${Array.from({ length: 60 }, (_, i) => sentence(1000 + i)).join(' ')}`;
rows.splice(8, 0, [[], t(tall), []]);

const table: Block = { kind: 'table', caption: 'Tabla larga', head: ['Fila', 'Descripción', '¿Consentimiento?'], rows };
const longCallout: Block = { kind: 'callout', tone: 'info', title: 'Recuadro largo', blocks: Array.from({ length: 16 }, (_, i) => ({ kind: 'paragraph', content: t(sentence(2000 + i)) })) };

const longDocument: NoticeDocument = {
  ...sampleDocument,
  sections: [{ id: 'largo', title: 'Contenido largo', blocks: [table, longCallout] }],
};

test('tables and boxes longer than a page split cleanly: nothing lost, header repeated as an artifact, still PDF/A-1b', async () => {
  const bytes = await renderPdf(longDocument, { paper: 'a4', epoch: 1_744_675_200 });
  mkdirSync(ART, { recursive: true });
  const file = join(ART, 'long-content.pdf');
  writeFileSync(file, bytes);
  renderPngs(file, file.replace(/\.pdf$/, ''));
  const pdf = await readPdf(bytes);
  expect(pdf.pages.length).toBeGreaterThanOrEqual(4);
  const text = squash(pdf.pages.join('\n'));
  let at = 0;
  const short = rows.filter((r) => r[0]!.length);
  for (const unit of [...short.flatMap((r) => r.map((c) => (c[0] as { text: string }).text)), ...Array.from({ length: 16 }, (_, i) => sentence(2000 + i))]) {
    const found = text.indexOf(squash(unit), at);
    expect(found, unit.slice(0, 40)).toBeGreaterThanOrEqual(at);
    at = found;
  }
  // The header row is drawn on every page the table spans, but read only once.
  const headerPages = pdf.pages.filter((p) => squash(p).includes('Fila Descripción ¿Consentimiento?'));
  expect(headerPages.length).toBeGreaterThan(1);
  const tagged = (await taggedText(bytes)).join('');
  expect(tagged.match(/¿Consentimiento\?/g)).toHaveLength(1);
  expect(tagged).not.toContain('Página');
  // The tall cell continues across pages inside one TD: read without interruption.
  expect(squash(tagged)).toContain(squash(tall));
  expect(qpdfCheck(file).ok).toBe(true);
  expect(preflight([file], ART).get('long-content.pdf')).toEqual([]);
}, 120_000);
