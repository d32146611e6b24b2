import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import type { NoticeDocument } from '../../src/emit/document.js';
import { renderPdf } from '../../src/emit/pdf/index.js';
import { ROOT } from '../helpers/cli.js';
import { SPANISH, sampleDocument } from '../fixtures/pdf/sample-document.js';
import { pdfinfo, readPdf, squash } from './pdf-tools.js';

const ART = join(ROOT, 'test-artifacts/pdf/fixtures');

/** The same characters as a heading, a paragraph, a table cell, a link text and the title. */
const spanishDocument: NoticeDocument = {
  ...sampleDocument,
  title: SPANISH,
  subtitle: undefined,
  sections: [
    {
      id: 'acentos',
      title: SPANISH,
      blocks: [
        { kind: 'paragraph', content: [{ kind: 'text', text: SPANISH }] },
        { kind: 'table', head: ['Texto'], rows: [[[{ kind: 'strong', children: [{ kind: 'text', text: SPANISH }] }]]] },
        { kind: 'paragraph', content: [{ kind: 'link', href: 'https://www.gob.mx/', children: [{ kind: 'em', children: [{ kind: 'text', text: SPANISH }] }] }] },
      ],
    },
  ],
};

test('á é í ó ú ü ñ ¿ ¡ « » Ñ round-trip exactly through pdf.js, the outline, the title and the structure tree', async () => {
  const bytes = await renderPdf(spanishDocument, { paper: 'letter', epoch: 1_744_675_200 });
  mkdirSync(ART, { recursive: true });
  const file = join(ART, 'spanish.pdf');
  writeFileSync(file, bytes);
  const pdf = await readPdf(bytes);
  const text = squash(pdf.pages.join('\n'));
  // Five places draw the string: H1, H2, paragraph, table cell, link text.
  expect(text.split(SPANISH).length - 1).toBe(5);
  expect(pdf.title).toBe(SPANISH);
  expect(pdf.outline).toEqual([SPANISH]);
  const struct = pdfinfo(file, '-struct-text');
  const spoken = [...struct.matchAll(/^\s*"(.*)"$/gm)].map((m) => squash(m[1]!));
  expect(spoken.filter((s) => s === SPANISH)).toHaveLength(5);
});

test('the same model renders the sample fixture with every block kind tagged', async () => {
  const bytes = await renderPdf(sampleDocument, { paper: 'letter', epoch: 1_744_675_200 });
  const file = join(ART, 'sample-document.pdf');
  writeFileSync(file, bytes);
  const struct = pdfinfo(file, '-struct-text');
  for (const tag of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'Caption', 'TR', 'TH', 'TD', 'Link', 'Div', 'Sect']) {
    expect(struct, tag).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
  }
  expect(struct).toMatch(/TH:\s*\n\s*\/Scope \/Column/);
  // Page furniture is not in the structure tree.
  expect(struct).not.toContain('Página');
});
