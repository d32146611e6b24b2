import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/check/check-notice.js';
import { selectRuleset } from '../../src/rules/select-ruleset.js';
import { REFERENCE, TODAY, edit } from './helpers.js';

describe('ruleset selection', () => {
  it.each([
    [{ law: 'LGPDPPSO-2017', updated: '2025-09-01' }, 'lgpdppso-2017', 'declared'],
    [{ updated: '2025-03-21' }, 'lgpdppso-2025', 'date'],
    [{ updated: '2025-03-20' }, 'lgpdppso-2017', 'date'],
    [{ updated: '2025-03' }, 'lgpdppso-2025', 'ambiguous-month'],
    [{ updated: '2025-02' }, 'lgpdppso-2017', 'date'],
    [{ updated: '2025-04' }, 'lgpdppso-2025', 'date'],
    [{}, 'lgpdppso-2025', 'no-date'],
  ] as const)('%j -> %s (%s)', (notice, ruleset, reason) => {
    expect(selectRuleset(notice)).toEqual({ ruleset, reason });
  });

  it('reports the choice as an info diagnostic and uses 2017 citations at most as warnings', () => {
    const text = edit(
      REFERENCE,
      { from: 'law: LGPDPPSO-2025\n', to: '' },
      { from: 'updated: 2025-09-15', to: 'updated: 2024-05-02' },
      { from: '        refusal: [casilla-registro]\n', to: '        refusal: [otra]\n' },
    );
    const r = checkSource('notice.yaml', text, { today: TODAY });
    expect(r.ruleset).toBe('lgpdppso-2017');
    const sel = r.diagnostics.find((d) => d.code === 'RULESET-SELECTED');
    expect(sel).toMatchObject({ severity: 'info', pointer: '/updated' });
    expect(sel?.message).toContain('lgpdppso-2017');
    const f = r.diagnostics.find((d) => d.rule === 'refusal-mechanism-missing');
    expect(f).toMatchObject({ severity: 'warning', citation: { law: 'LGPDPPSO-2017', article: 27, fraction: 'IV' }, confidence: 'CORROBORATED' });
  });

  it('--ruleset forces a ruleset', () => {
    const r = checkSource('notice.yaml', REFERENCE, { today: TODAY, ruleset: 'lgpdppso-2017' });
    expect(r.ruleset).toBe('lgpdppso-2017');
  });
});

describe('severity overrides', () => {
  const text = edit(REFERENCE, { from: 'con acceso restringido al personal', to: 'entre otros, con acceso restringido al personal' });
  it('raise a rule to error', () => {
    const d = checkSource('notice.yaml', text, { today: TODAY, overrides: { 'vague-language': 'error' } }).diagnostics.find((x) => x.rule === 'vague-language');
    expect(d?.severity).toBe('error');
  });
  it('turn a rule off', () => {
    const ds = checkSource('notice.yaml', text, { today: TODAY, overrides: { 'vague-language': 'off' } }).diagnostics;
    expect(ds.some((x) => x.rule === 'vague-language')).toBe(false);
  });
});

describe('the reference notice', () => {
  it('passes the schema and every rule: 0 errors, 0 warnings, only the ruleset note', () => {
    const r = checkSource('notices/reference-notice.yaml', REFERENCE, { today: TODAY });
    expect(r.schemaValid).toBe(true);
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}`)).toEqual(['info RULESET-SELECTED /law']);
  });

  it('every diagnostic carries its docs URL', () => {
    const broken = edit(REFERENCE, { from: 'title: Aviso de Privacidad Integral del Programa', to: 'titel: Aviso de Privacidad Integral del Programa' });
    const ds = checkSource('notice.yaml', broken, { today: TODAY }).diagnostics;
    expect(ds.length).toBeGreaterThan(1);
    for (const d of ds) expect(d.docsUrl, d.code).toMatch(new RegExp(`/docs/rules/${d.code.toLowerCase()}\\.md$`));
  });

  it('rules do not crash on a notice that fails the schema', () => {
    const broken = edit(REFERENCE, { from: 'activities:\n', to: 'activities: 3\nx:\n' });
    expect(() => checkSource('notice.yaml', broken, { today: TODAY })).not.toThrow();
  });
});
