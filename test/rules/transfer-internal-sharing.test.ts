import { ruleTable } from './helpers.js';

ruleTable('transfer-internal-sharing', {
  valid: [
    { name: 'reference notice' },
    { name: 'a municipal office is not internal to a state ministry', edits: [{ from: 'recipient: Secretaría de Salud del Gobierno Federal', to: 'recipient: Tesorería Municipal de San Isidro' }] },
  ],
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
    {
      name: 'a municipal office of a municipality',
      edits: [
        { from: 'name: Secretaría de Salud del Estado de Valle Verde\n  shortName', to: 'name: Municipio de San Isidro\n  shortName' },
        { from: 'recipient: Secretaría de Salud del Gobierno Federal', to: 'recipient: Tesorería Municipal' },
      ],
      pointer: '/transfers/items/0/recipient',
      line: { needle: 'recipient: Tesorería Municipal' },
    },
  ],
});
