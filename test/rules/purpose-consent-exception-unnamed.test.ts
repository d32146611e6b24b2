import { ruleTable } from './helpers.js';

const SEG = '        text: Dar seguimiento a las reacciones posteriores a la vacunación.\n        type: primary\n        consentException:\n          - { law: LGPDPPSO-2025, article: 16, fraction: VII }\n';
/** The reference notice names art. 16 fr. VII and IX in its legal basis: drop them to test the purposes alone. */
const NO_BASIS_16 = [
  { from: 'y 16, fracciones\n    VII y IX, 20, 21 y 22 de la Ley General', to: 'y 20, 21 y 22 de la Ley General' },
  { from: '        - { article: "16", fractions: [VII, IX] }\n', to: '' },
];

ruleTable('purpose-consent-exception-unnamed', {
  valid: [
    { name: 'reference notice' },
    { name: 'a primary purpose that does not claim anything about consent', edits: [...NO_BASIS_16, { from: SEG, to: '        text: Dar seguimiento a las reacciones posteriores a la vacunación.\n        type: primary\n' }] },
    { name: 'the claim with its fraction in the same text', edits: [...NO_BASIS_16, { from: SEG, to: '        text: Dar seguimiento a las reacciones posteriores a la vacunación, lo que no requiere su consentimiento (artículo 16, fracción VII, de la LGPDPPSO).\n        type: primary\n' }] },
    { name: 'the legal basis names art. 16 fractions', edits: [{ from: SEG, to: '        text: Dar seguimiento a las reacciones posteriores a la vacunación, para lo cual no se requiere su consentimiento.\n        type: primary\n' }] },
    {
      name: 'a notice that is only a simplified one need not name the exception (art. 22)',
      edits: [
        ...NO_BASIS_16,
        { from: 'title: Aviso de Privacidad Integral', to: 'kind: simplified\ntitle: Aviso de Privacidad Integral' },
        { from: SEG, to: '        text: Dar seguimiento a las reacciones posteriores a la vacunación, para lo cual no se requiere su consentimiento.\n        type: primary\n' },
      ],
    },
  ],
  invalid: [
    {
      name: 'says it needs no consent, names no exception',
      edits: [...NO_BASIS_16, { from: SEG, to: '        text: Dar seguimiento a las reacciones posteriores a la vacunación, para lo cual no se requiere su consentimiento.\n        type: primary\n' }],
      pointer: '/activities/0/purposes/1/text',
      line: { needle: 'Dar seguimiento a las reacciones' },
    },
    {
      name: 'the note heading the purposes claims it: one finding on the note',
      edits: [
        ...NO_BASIS_16,
        { from: SEG, to: '        text: Dar seguimiento a las reacciones posteriores a la vacunación.\n        type: primary\n' },
        { from: '    purposes:\n      - id: aplicar', to: '    purposesNote: Las finalidades siguientes no requieren su consentimiento.\n    purposes:\n      - id: aplicar' },
      ],
      pointer: '/activities/0/purposesNote',
      line: { needle: 'purposesNote:' },
      messageIncludes: '1 finalidad',
    },
  ],
});
