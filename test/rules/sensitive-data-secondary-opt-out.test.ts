import { ruleTable } from './helpers.js';

const SEC = '      - id: recordatorios\n        text: Enviar a la madre, padre o tutor recordatorios de campañas de salud distintas de la vacunación escolar.\n        type: secondary\n        refusal: [casilla-registro]\n';

ruleTable('sensitive-data-secondary-opt-out', {
  valid: [
    { name: 'reference notice (the secondary purpose uses contact data)' },
    {
      name: 'sensitive data for a secondary purpose with written consent',
      edits: [{ from: SEC, to: SEC + '        data: [salud]\n        consentMechanism: La madre, padre o tutor firma una autorización por escrito para esta finalidad.\n' }],
    },
  ],
  invalid: [
    {
      name: 'sensitive data for a secondary purpose with only a refusal box',
      edits: [{ from: SEC, to: SEC + '        data: [tutor, salud]\n' }],
      pointer: '/activities/0/purposes/3',
      line: { needle: '- id: recordatorios' },
      messageIncludes: 'Antecedentes de vacunación',
    },
  ],
});
