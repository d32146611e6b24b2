import { describe, expect, it } from 'vitest';
import { checkSource } from '../helpers/check.js';
import { selectRuleset } from '../../src/rules/select-ruleset.js';
import { REFERENCE, TODAY, edit } from './helpers.js';

describe('ruleset selection: the law in force judges every notice', () => {
  it.each([
    [{ today: '2026-12-06' }, 'lgpdppso-2025', 'in-force', '2026-12-06'],
    [{ today: '2025-03-21' }, 'lgpdppso-2025', 'in-force', '2025-03-21'],
    [{ today: '2026-12-06', asOf: '2025-03-20' }, 'lgpdppso-2017', 'as-of', '2025-03-20'],
    [{ today: '2026-12-06', asOf: '2025-03-21' }, 'lgpdppso-2025', 'as-of', '2025-03-21'],
  ] as const)('%j -> %s (%s)', (evaluation, ruleset, reason, date) => {
    expect(selectRuleset(evaluation)).toEqual({ ruleset, reason, date });
  });

  it.each([
    ['a notice dated 2019 that declares the 2017 law', { from: 'updated: 2025-09-15', to: 'updated: 2019-05-02' }, { from: 'law: LGPDPPSO-2025', to: 'law: LGPDPPSO-2017' }],
    ['a notice dated before 2025-03-21 without `law`', { from: 'updated: 2025-09-15', to: 'updated: 2024-05-02' }, { from: 'law: LGPDPPSO-2025\n', to: '' }],
  ])('%s is judged under the 2025 law, errors and all', (_name, ...edits) => {
    const text = edit(REFERENCE, ...edits, { from: '        refusal: [casilla-registro]\n', to: '        refusal: [otra]\n' });
    const r = checkSource('notice.yaml', text, { today: TODAY });
    expect(r.ruleset).toBe('lgpdppso-2025');
    const sel = r.diagnostics.find((d) => d.code === 'RULESET-SELECTED');
    expect(sel).toMatchObject({ severity: 'info', pointer: '' });
    expect(sel?.message).toContain(`la ley vigente el ${TODAY}`);
    const f = r.diagnostics.find((d) => d.rule === 'refusal-mechanism-missing');
    expect(f).toMatchObject({ severity: 'error', citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'VIII' } });
  });

  it('a historical audit (--as-of) applies the 2017 law, with 2017 citations at most as warnings', () => {
    const text = edit(REFERENCE, { from: '        refusal: [casilla-registro]\n', to: '        refusal: [otra]\n' });
    const r = checkSource('notice.yaml', text, { today: TODAY, asOf: '2024-06-30' });
    expect(r.ruleset).toBe('lgpdppso-2017');
    expect(r.diagnostics.find((d) => d.code === 'RULESET-SELECTED')?.message).toContain('auditoría histórica');
    const f = r.diagnostics.find((d) => d.rule === 'refusal-mechanism-missing');
    expect(f).toMatchObject({ severity: 'warning', citation: { law: 'LGPDPPSO-2017', article: 27, fraction: 'IV' }, confidence: 'CORROBORATED' });
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
    expect(r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}`)).toEqual(['info RULESET-SELECTED ']);
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
