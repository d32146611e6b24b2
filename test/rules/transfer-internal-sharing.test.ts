import { ruleTable } from './helpers.js';

ruleTable('transfer-internal-sharing', {
  valid: [{ name: 'reference notice' }],
  invalid: [
    {
      name: 'areas of the controller listed as a recipient',
      edits: [{ from: 'recipient: Secretaría de Salud del Gobierno Federal', to: 'recipient: Áreas administrativas de la Secretaría' }],
      pointer: '/transfers/items/0/recipient',
      line: { needle: 'recipient: Áreas' },
    },
    {
      name: 'the controller itself as recipient',
      edits: [{ from: 'recipient: Secretaría de Salud del Gobierno Federal', to: 'recipient: Secretaría de Salud del Estado de Valle Verde' }],
      pointer: '/transfers/items/0/recipient',
      line: { needle: 'recipient: Secretaría de Salud del Estado' },
    },
  ],
});
