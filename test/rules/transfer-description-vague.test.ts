import { ruleTable } from './helpers.js';

ruleTable('transfer-description-vague', {
  valid: [
    { name: 'reference notice' },
    { name: 'a generic recipient of a transfer without consent is not checked', edits: [{ from: 'recipient: Secretaría de Salud del Gobierno Federal', to: 'recipient: Autoridades competentes' }] },
  ],
  invalid: [
    {
      name: 'otras instituciones',
      edits: [{ from: 'recipient: Fundación Sonrisas para la Niñez, A.C.', to: 'recipient: Otras instituciones públicas y privadas' }],
      pointer: '/transfers/items/1/recipient',
      line: { needle: 'Otras instituciones' },
    },
    {
      name: 'para los fines legales conducentes',
      edits: [{ from: 'purpose: Invitar a la familia a jornadas gratuitas de salud visual y dental.', to: 'purpose: Para los fines legales conducentes.' }],
      pointer: '/transfers/items/1/purpose',
      line: { needle: 'Para los fines legales conducentes' },
    },
  ],
});
