import { ruleTable } from './helpers.js';

ruleTable('vague-language', {
  "valid": [
    {
      "name": "reference notice"
    }
  ],
  "invalid": [
    {
      "name": "entre otros",
      "edits": [
        {
          "from": "con acceso restringido al personal",
          "to": "entre otros, con acceso restringido al personal"
        }
      ],
      "pointer": "/collection/storage",
      "line": {
        "needle": "storage:"
      },
      "messageIncludes": "entre otros"
    },
    {
      "name": "the message quotes the author's own words, not the catalogue's pattern",
      "edits": [
        {
          "from": "con acceso restringido al personal",
          "to": "en archivos y demás medios, con acceso restringido al personal"
        }
      ],
      "pointer": "/collection/storage",
      "line": {
        "needle": "storage:"
      },
      "messageIncludes": "«y demás medios»"
    },
    {
      "name": "two phrases in one field",
      "edits": [
        {
          "from": "con acceso restringido al personal",
          "to": "y/o en papel, etc., con acceso restringido al personal"
        }
      ],
      "pointer": "/collection/storage",
      "line": {
        "needle": "storage:"
      },
      "count": 2
    }
  ]
});

import { describe, expect, it } from 'vitest';
import { REFERENCE, edit, findings, lineOf } from './helpers.js';

describe('vague-language: the caret points at the phrase inside a multi-line scalar', () => {
  it('in a folded block scalar, on its own line and column', () => {
    const text = edit(REFERENCE, {
      from: '  text: >-\n    Antes de que se traten sus datos para los recordatorios o se transfieran a la fundación, usted\n    puede negarse sin que ello afecte la vacunación.',
      to: '  text: >-\n    Antes de que se traten sus datos para los recordatorios o se transfieran a la fundación, usted\n    puede negarse, entre otros medios, sin que ello afecte la vacunación.',
    });
    const [d] = findings(text, 'vague-language');
    const line = lineOf(text, 'puede negarse, entre otros medios');
    expect(d?.pointer).toBe('/refusal/text');
    expect(d?.range?.start).toEqual({ line, column: text.split('\n')[line - 1]!.indexOf('entre otros') + 1 });
    expect(d?.range?.end.column).toBe(text.split('\n')[line - 1]!.indexOf('entre otros') + 1 + 'entre otros'.length);
  });

  it('a phrase folded across two lines spans both', () => {
    const text = edit(REFERENCE, {
      from: '  text: >-\n    Antes de que se traten sus datos para los recordatorios o se transfieran a la fundación, usted\n    puede negarse',
      to: '  text: >-\n    Antes de que se traten sus datos para los recordatorios, entre\n    otros, o se transfieran a la fundación, usted\n    puede negarse',
    });
    const [d] = findings(text, 'vague-language');
    expect(d?.range?.start.line).toBe(lineOf(text, 'recordatorios, entre'));
    expect(d?.range?.end.line).toBe(lineOf(text, 'otros, o se transfieran'));
  });

  it('not inside a quoted title, nor in an instrument name', () => {
    const text = edit(REFERENCE, { from: 'con acceso restringido al personal', to: 'conforme a la «Norma de expedientes, entre otros registros», con acceso restringido al personal' });
    expect(findings(text, 'vague-language')).toEqual([]);
  });
});
