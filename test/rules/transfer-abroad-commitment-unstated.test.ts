import { ruleTable } from './helpers.js';

ruleTable('transfer-abroad-commitment-unstated', {
  valid: [
    { name: 'reference notice (national transfers)' },
    {
      name: 'abroad, with the recipient\'s undertaking stated',
      edits: [{ from: 'recipient: Fundación Sonrisas para la Niñez, A.C.\n      recipientKind: private\n      country: MX\n      purpose: Invitar a la familia a jornadas gratuitas de salud visual y dental.', to: 'recipient: Fundación Sonrisas para la Niñez, A.C.\n      recipientKind: private\n      country: US\n      purpose: Invitar a la familia a jornadas gratuitas; la fundación se obliga a proteger los datos conforme a la ley.' }],
    },
  ],
  invalid: [
    {
      name: 'a foreign recipient with nothing said',
      edits: [
        { from: 'country: MX\n      purpose: Invitar', to: 'country: US\n      purpose: Invitar' },
        { from: '      instrument: Convenio de colaboración SSEE/DSP/014/2025\n', to: '' },
      ],
      pointer: '/transfers/items/1',
      line: { needle: '- recipient: Fundación Sonrisas' },
    },
  ],
});
