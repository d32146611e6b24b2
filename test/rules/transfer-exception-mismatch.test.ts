import { ruleTable } from './helpers.js';

const FUND = '      consentRequired: true\n      instrument: Convenio de colaboración SSEE/DSP/014/2025\n      refusal: [casilla-registro]\n';

ruleTable('transfer-exception-mismatch', {
  valid: [
    { name: 'reference notice (art. 64 fr. I to an authority)' },
    { name: 'between controllers, to an authority', edits: [{ from: '{ law: LGPDPPSO-2025, article: 64, fraction: I }', to: '{ law: LGPDPPSO-2025, article: 64, fraction: II }' }] },
  ],
  invalid: [
    {
      name: '"between controllers" for a private foundation',
      edits: [{ from: FUND, to: '      consentRequired: false\n      exceptions:\n        - { law: LGPDPPSO-2025, article: 64, fraction: II }\n' }],
      pointer: '/transfers/items/1/exceptions/0',
      line: { needle: 'fraction: II }' },
      messageIncludes: 'no es un sujeto obligado',
    },
  ],
});
