import { ruleTable } from './helpers.js';

const EXC = '      exceptions:\n        - { law: LGPDPPSO-2025, article: 64, fraction: I }\n';

ruleTable('transfer-consent-basis-missing', {
  valid: [
    { name: 'reference notice' },
    { name: 'consent not stated, but an exception cited', edits: [{ from: '      consentRequired: false\n' + EXC, to: EXC }] },
    { name: 'an exception in the state law counts', edits: [{ from: '{ law: LGPDPPSO-2025, article: 64, fraction: I }', to: '{ law: state-law, article: 80, fraction: I }' }] },
  ],
  invalid: [
    {
      name: 'no consent, no exception',
      edits: [{ from: EXC, to: '' }],
      pointer: '/transfers/items/0/consentRequired',
      line: { needle: 'consentRequired: false' },
    },
    {
      name: 'an exception that is no exception (art. 21)',
      edits: [{ from: '{ law: LGPDPPSO-2025, article: 64, fraction: I }', to: '{ law: LGPDPPSO-2025, article: 21, fraction: VII }' }],
      pointer: '/transfers/items/0/exceptions',
      line: { needle: 'exceptions:' },
      messageIncludes: 'art. 21',
    },
    {
      name: 'the notice does not say whether the transfer needs consent',
      edits: [{ from: '      consentRequired: false\n' + EXC, to: '' }],
      pointer: '/transfers/items/0/recipient',
      line: { needle: 'recipient: Secretaría de Salud del Gobierno Federal' },
      messageIncludes: 'sin decir si requiere consentimiento',
    },
  ],
});
