import { ruleTable } from './helpers.js';

const SEG = '        text: Dar seguimiento a las reacciones posteriores a la vacunación.\n        type: primary\n        consentException:\n          - { law: LGPDPPSO-2025, article: 16, fraction: VII }\n';

ruleTable('purpose-consent-exception-unnamed', {
  valid: [
    { name: 'reference notice' },
    { name: 'a primary purpose that does not claim anything about consent', edits: [{ from: SEG, to: '        text: Dar seguimiento a las reacciones posteriores a la vacunación.\n        type: primary\n' }] },
    { name: 'the claim with its fraction in the same text', edits: [{ from: SEG, to: '        text: Dar seguimiento a las reacciones posteriores a la vacunación, lo que no requiere su consentimiento (artículo 16, fracción VII, de la LGPDPPSO).\n        type: primary\n' }] },
  ],
  invalid: [
    {
      name: 'says it needs no consent, names no exception',
      edits: [{ from: SEG, to: '        text: Dar seguimiento a las reacciones posteriores a la vacunación, para lo cual no se requiere su consentimiento.\n        type: primary\n' }],
      pointer: '/activities/0/purposes/1/text',
      line: { needle: 'Dar seguimiento a las reacciones' },
    },
  ],
});
