import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../helpers/check.js';
import { countDiagnostics } from '../../src/diagnostics/collect.js';
import { TODAY } from './helpers.js';

// The three real notices (transcribed by the "seeds" work into notices/). Each has real gaps, so
// none may pass clean; these are the findings the closing note explains, article by article.
const FILES = ['notices/imss-mi-chat-oncoimss.yaml', 'notices/imss-bienestar-atencion-ciudadana.yaml', 'notices/imss-digital.yaml'];
const inputs = FILES.map((file) => ({ file, text: readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8') }));
const result = await checkWorkspace(inputs, { today: TODAY });
const of = (file: string) => result.diagnostics.filter((d) => d.file === file && !d.suppressed);
const keys = (file: string) => new Set(of(file).map((d) => `${d.severity} ${d.code} ${d.pointer}`));

const EXPECTED: Record<string, string[]> = {
  'notices/imss-mi-chat-oncoimss.yaml': [
    'error legal-basis-no-attribution /legalBasis',
    'error integral-notice-location-missing ',
    'warning refusal-only-arco-opposition /refusal/mechanisms/0',
    'warning minors-representation-missing /dataSubjects/includesMinors',
    'warning sensitive-data-basis-missing /activities/0/data',
    'warning arco-procedure-incomplete /rights',
    'warning vague-language /activities/0/data/0/name',
    'warning workspace-transparency-unit-mismatch /transparencyUnit/address',
  ],
  'notices/imss-bienestar-atencion-ciudadana.yaml': [
    'error refusal-mechanism-missing /activities/0/purposes/2',
    'error legal-basis-no-attribution /legalBasis',
    'error integral-notice-location-missing ',
    'warning citation-slip /legalBasis/text',
    'warning citation-slip /legalBasis/dataProtection/0/provisions/0/article',
    'warning vague-language /intro',
    'warning vague-language /changes/text',
    'warning link-shortener /rights/channels/4/url',
    'info transfer-exception-unnamed /transfers/exceptions/0',
    'warning sensitive-data-basis-missing /activities/0/data',
    'warning arco-procedure-incomplete /rights',
  ],
  'notices/imss-digital.yaml': [
    'warning sensitive-data-likely-unmarked /activities/7/data/6/category',
    'error integral-notice-location-missing ',
    'warning citation-2017-numbering /legalBasis/text',
    'warning transfers-none-contradicted /activities/7/data/1/source',
    'warning purpose-beyond-service-unmarked /activities/0/purposes/2/text',
    'warning vague-language /activities/7/data/10/name',
    'warning controller-address-incomplete /controller/address',
    'info transfer-exception-unnamed /transfers/exceptions/0',
    'warning sensitive-data-basis-missing /activities/7/data',
  ],
};

describe('the three real notices', () => {
  for (const file of FILES) {
    it(`${file} does not pass clean`, () => {
      const c = countDiagnostics(of(file));
      expect(c.error + c.warning).toBeGreaterThan(0);
    });
    it(`${file} gets the expected findings, each with a citation and a position`, () => {
      const got = keys(file);
      for (const k of EXPECTED[file]!) expect([...got], k).toContain(k);
      for (const d of of(file).filter((x) => x.rule)) {
        expect(d.citation, d.code).toBeDefined();
        expect(d.range?.start.line, d.code).toBeGreaterThan(0);
      }
    });
  }

  it('the two IMSS notices are compared across the workspace (same controller, different UT address)', async () => {
    const ws = result.workspace.filter((d) => d.code === 'workspace-transparency-unit-mismatch');
    expect(ws.map((d) => d.file)).toEqual(['notices/imss-mi-chat-oncoimss.yaml']);
    expect(ws[0]!.message).toContain('notices/imss-digital.yaml');
  });
});
