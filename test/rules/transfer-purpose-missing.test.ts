import { ruleTable } from './helpers.js';

ruleTable('transfer-purpose-missing', {
  valid: [
    { name: 'reference notice' },
    { name: 'a transfer without consent need not be listed, nor have a purpose', edits: [{ from: '      purpose: Integrar el registro nacional de vacunación.\n', to: '      purpose: " "\n' }] },
    {
      name: 'consent unstated but an exception cited: no purpose needed',
      edits: [
        { from: '      purpose: Integrar el registro nacional de vacunación.\n', to: '' },
        { from: '      consentRequired: false\n', to: '' },
      ],
    },
  ],
  invalid: [
    {
      name: 'a consent-based transfer with a blank purpose',
      edits: [{ from: '      purpose: Invitar a la familia a jornadas gratuitas de salud visual y dental.\n', to: '      purpose: " "\n' }],
      pointer: '/transfers/items/1/purpose',
      line: { needle: 'purpose: " "' },
    },
    {
      name: 'consent unstated and no exception cited: consent is the rule (art. 59), so the purpose is due',
      edits: [
        { from: '      purpose: Invitar a la familia a jornadas gratuitas de salud visual y dental.\n', to: '' },
        { from: '      consentRequired: true\n', to: '' },
      ],
      pointer: '/transfers/items/1',
      line: { needle: '- recipient: Fundación Sonrisas' },
      messageIncludes: 'art. 59',
    },
  ],
});
