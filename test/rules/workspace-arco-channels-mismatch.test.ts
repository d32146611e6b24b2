import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../helpers/check.js';
import { runWorkspaceRules } from '../../src/rules/run-workspace-rules.js';
import { checkSource } from '../helpers/check.js';
import { REFERENCE, TODAY, edit, lineOf } from './helpers.js';

const other = (text: string) => edit(text, { from: 'id: ejemplo-vacunacion-escolar', to: 'id: ejemplo-otro' });

describe('workspace-arco-channels-mismatch', () => {
  it('valid: same channels', async () => {
    expect((await checkWorkspace([{ file: 'a.yaml', text: REFERENCE }, { file: 'b.yaml', text: other(REFERENCE) }], { today: TODAY })).workspace).toEqual([]);
  });

  it('invalid: another ARCO e-mail for the same controller', async () => {
    const b = edit(other(REFERENCE), { after: 'rights:\n  text', from: 'email: transparencia@salud.valleverde.gob.mx', to: 'email: arco@salud.valleverde.gob.mx' });
    const r = await checkWorkspace([{ file: 'a.yaml', text: REFERENCE }, { file: 'b.yaml', text: b }], { today: TODAY });
    expect(r.workspace.map((d) => [d.code, d.file, d.pointer, d.severity])).toEqual([['workspace-arco-channels-mismatch', 'b.yaml', '/rights/channels', 'warning']]);
    expect(r.workspace[0]!.range?.start.line).toBe(lineOf(b, 'channels:', 'rights:\n  text'));
    expect(r.workspace[0]!.citation).toEqual({ law: 'LGPDPPSO-2025', article: 21, fraction: 'V' });
  });

  it('runWorkspaceRules takes already checked notices', () => {
    const b = edit(other(REFERENCE), { after: 'rights:\n  text', from: '    - kind: pnt\n', to: '    - kind: web\n' });
    const checked = [checkSource('a.yaml', REFERENCE, { today: TODAY }), checkSource('b.yaml', b, { today: TODAY })];
    expect(runWorkspaceRules(checked.map((c) => ({ file: c.file, source: c.source, notice: c.notice! })), { lang: 'es', evaluation: { today: TODAY } }).map((d) => d.code)).toEqual(['workspace-arco-channels-mismatch']);
  });
});
