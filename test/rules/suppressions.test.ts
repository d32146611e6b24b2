import { describe, expect, it } from 'vitest';
import { checkSource } from '../helpers/check.js';
import { countDiagnostics } from '../../src/diagnostics/collect.js';
import { REFERENCE, TODAY, edit, lineOf } from './helpers.js';

const VAGUE = edit(REFERENCE, { from: 'con acceso restringido al personal', to: 'entre otros, con acceso restringido al personal' });
const withSuppressions = (yaml: string): string => `${VAGUE}suppressions:\n${yaml}`;
const check = (text: string) => checkSource('notice.yaml', text, { today: TODAY }).diagnostics;

describe('inline suppressions', () => {
  it('silence one rule at one place, keep the finding with its reason, and do not count it', () => {
    const text = withSuppressions('  - rule: vague-language\n    at: /collection/storage\n    reason: Cita literal del título de la norma aplicable.\n    until: 2026-06-30\n');
    const ds = check(text);
    const hit = ds.find((d) => d.rule === 'vague-language');
    expect(hit?.suppressed).toEqual({ reason: 'Cita literal del título de la norma aplicable.', until: '2026-06-30', source: 'inline' });
    expect(countDiagnostics(ds)).toMatchObject({ error: 0, warning: 0, suppressed: 1 });
    expect(ds.some((d) => d.code.startsWith('SUPPRESSION-'))).toBe(false);
  });

  it('a suppression elsewhere does not match and is reported unused', () => {
    const text = withSuppressions('  - rule: vague-language\n    at: /changes/text\n    reason: Texto aprobado por el comité de transparencia.\n');
    const ds = check(text);
    expect(ds.find((d) => d.rule === 'vague-language')?.suppressed).toBeUndefined();
    const unused = ds.find((d) => d.code === 'SUPPRESSION-UNUSED');
    expect(unused).toMatchObject({ severity: 'warning', pointer: '/suppressions/0' });
    expect(unused?.range?.start.line).toBe(lineOf(text, '- rule: vague-language'));
    expect(unused?.docsUrl).toMatch(/suppression-unused\.md$/);
  });

  it('an expired suppression no longer applies and is reported', () => {
    const text = withSuppressions('  - rule: vague-language\n    at: /collection/storage\n    reason: Cita literal del título de la norma aplicable.\n    until: 2025-10-01\n');
    const ds = check(text);
    expect(ds.find((d) => d.rule === 'vague-language')?.suppressed).toBeUndefined();
    const expired = ds.find((d) => d.code === 'SUPPRESSION-EXPIRED');
    expect(expired).toMatchObject({ pointer: '/suppressions/0/until' });
    expect(expired?.range?.start.line).toBe(lineOf(text, 'until: 2025-10-01'));
  });

  it('a suppression without `at` covers the whole notice; an unknown rule gets a suggestion', () => {
    const text = withSuppressions('  - rule: vague-language\n    reason: Aviso heredado; se reescribe en el próximo trimestre.\n  - rule: vague-languaje\n    reason: Aviso heredado; se reescribe en el próximo trimestre.\n');
    const ds = check(text);
    expect(ds.find((d) => d.rule === 'vague-language')?.suppressed?.reason).toContain('heredado');
    const unknown = ds.find((d) => d.code === 'SUPPRESSION-UNKNOWN-RULE');
    expect(unknown?.pointer).toBe('/suppressions/1/rule');
    expect(unknown?.message).toContain('vague-language');
  });

  it('the reason is mandatory (schema)', () => {
    const ds = check(withSuppressions('  - rule: vague-language\n    at: /collection/storage\n'));
    expect(ds.some((d) => d.code.startsWith('SCHEMA-') && d.pointer.startsWith('/suppressions/0'))).toBe(true);
  });
});
