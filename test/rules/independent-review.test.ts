// Eight fresh notices written by an independent reviewer (test/fixtures/independent-review/): the
// ground truth (truth.md) was fixed from the law before the tool ran, and every error and warning
// below was judged there a real defect (or, where marked, arguable). A finding that appears here is
// a candidate false positive to review against the law; one that disappears, a candidate miss.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../helpers/check.js';

const DIR = new URL('../fixtures/independent-review/notices/', import.meta.url);

/** file → error and warning codes with their lines, as judged in REPORT.md (after the fixes it led to). */
const EXPECTED: Record<string, string[]> = {
  '01-federal-vivienda-rural.yaml': ['arco-deadline-exceeds-law:185', 'refusal-mechanism-missing:81', 'refusal-mechanism-missing:84', 'vague-language:54'],
  '02-estatal-salud-cancer-mama.yaml': ['citation-abrogated-law:108', 'citation-abrogated-law:108', 'citation-abrogated-law:85', 'inai-named-as-authority:183', 'inai-named-as-authority:185', 'sensitive-data-unmarked:54', 'sensitive-data-unmarked:57', 'sensitive-data-unmarked:60', 'transfer-consent-basis-missing:140'],
  '03-municipio-licencia-funcionamiento.yaml': ['SCHEMA-REQUIRED:3', 'SCHEMA-REQUIRED:3', 'arco-fee-not-free:115', 'arco-fee-not-free:116', 'arco-procedure-incomplete:99', 'arco-procedure-incomplete:99', 'purpose-beyond-service-unmarked:56', 'purpose-kind-unstated:47'],
  '04-universidad-salud-biometricos.yaml': ['arco-extra-requirements:193', 'arco-extra-requirements:195', 'vague-language:232'],
  '05-simplificado-registro-artesanos.yaml': ['SCHEMA-REQUIRED:13', 'refusal-only-arco-opposition:48', 'transfer-consent-basis-missing:41', 'transfer-purpose-missing:41'],
  '06-formato-becas-intercambio.yaml': ['legal-basis-no-attribution:61', 'refusal-mechanism-missing:100', 'transfer-consent-basis-missing:106'],
  '07-reclutamiento-curriculum.yaml': ['arco-deadline-exceeds-law:138', 'purpose-consent-exception-unnamed:69', 'sensitive-data-basis-missing:42', 'sensitive-data-unmarked:51'],
  '08-videovigilancia-tren-ligero.yaml': ['arco-channel-missing:122', 'arco-procedure-incomplete:122', 'arco-procedure-incomplete:122', 'arco-procedure-incomplete:122', 'arco-procedure-incomplete:122', 'citation-2017-numbering:72', 'transfer-consent-basis-missing:114'],
};

describe('independent review: eight fresh notices', () => {
  it('every error and warning is one the review judged against the law, none missing, none new', async () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    const run = await checkWorkspace(files.map((f) => ({ file: f, text: readFileSync(new URL(f, DIR), 'utf8') })), { today: '2026-12-07' });
    for (const f of files) {
      const got = run.diagnostics.filter((d) => d.file === f && d.severity !== 'info').map((d) => `${d.code}:${d.range?.start.line}`).sort();
      expect(got, f).toEqual([...EXPECTED[f]!].sort());
    }
  });

  it('the review\'s false positive stays fixed: a simplified-only notice need not name the art. 16 fraction', async () => {
    const f = '05-simplificado-registro-artesanos.yaml';
    const run = await checkWorkspace([{ file: f, text: readFileSync(new URL(f, DIR), 'utf8') }], { today: '2026-12-07' });
    expect(run.diagnostics.map((d) => d.code)).not.toContain('purpose-consent-exception-unnamed');
  });
});
