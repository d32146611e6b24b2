import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../helpers/check.js';
import { REFERENCE, TODAY, edit, lineOf } from './helpers.js';

const other = (text: string) => edit(text, { from: 'id: ejemplo-vacunacion-escolar', to: 'id: ejemplo-otro' });

describe('workspace-transparency-unit-mismatch', () => {
  it('valid: same controller, same address', async () => {
    const r = await checkWorkspace([{ file: 'a.yaml', text: REFERENCE }, { file: 'b.yaml', text: other(REFERENCE) }], { today: TODAY });
    expect(r.workspace).toEqual([]);
  });

  it('valid: different controllers may differ', async () => {
    const b = edit(other(REFERENCE), { from: 'name: Secretaría de Salud del Estado de Valle Verde', to: 'name: Secretaría de Educación del Estado de Valle Verde' }, { after: 'transparencyUnit:', from: 'number: "45"', to: 'number: "46"' });
    const r = await checkWorkspace([{ file: 'a.yaml', text: REFERENCE }, { file: 'b.yaml', text: b }], { today: TODAY });
    expect(r.workspace).toEqual([]);
  });

  it('invalid: same controller, another Transparency Unit address', async () => {
    const b = edit(other(REFERENCE), { after: 'transparencyUnit:', from: 'number: "45"', to: 'number: "46"' });
    const r = await checkWorkspace([{ file: 'a.yaml', text: REFERENCE }, { file: 'b.yaml', text: b }], { today: TODAY });
    expect(r.workspace.map((d) => [d.code, d.file, d.pointer])).toEqual([['workspace-transparency-unit-mismatch', 'b.yaml', '/transparencyUnit/address']]);
    expect(r.workspace[0]!.range?.start.line).toBe(lineOf(b, 'address:', 'transparencyUnit:'));
    expect(r.workspace[0]!.message).toContain('a.yaml');
    expect(r.diagnostics).toContain(r.workspace[0]);
  });

  it('a suppression in the notice silences it; an unused one is reported by the workspace pass', async () => {
    const b = edit(other(REFERENCE), { after: 'transparencyUnit:', from: 'number: "45"', to: 'number: "46"' }) +
      'suppressions:\n  - rule: workspace-transparency-unit-mismatch\n    reason: Este programa atiende en la oficina regional norte.\n';
    const c = other(REFERENCE).replace('id: ejemplo-otro', 'id: ejemplo-tres') + 'suppressions:\n  - rule: workspace-transparency-unit-mismatch\n    reason: Este programa atiende en la oficina regional norte.\n';
    const r = await checkWorkspace([{ file: 'a.yaml', text: REFERENCE }, { file: 'b.yaml', text: b }, { file: 'c.yaml', text: c }], { today: TODAY });
    expect(r.workspace.find((d) => d.file === 'b.yaml' && d.rule)?.suppressed?.source).toBe('inline');
    expect(r.diagnostics.filter((d) => d.code === 'SUPPRESSION-UNUSED').map((d) => d.file)).toEqual(['c.yaml']);
  });
});
