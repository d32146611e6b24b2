import { ruleTable } from './helpers.js';

const STAT = '        text: Elaborar estadísticas de cobertura de vacunación con datos disociados, que no identifican a ninguna persona.\n        type: primary\n        deidentified: true\n        consentException:\n          - { law: LGPDPPSO-2025, article: 16, fraction: IX }\n';

ruleTable('statistics-without-dissociation', {
  valid: [
    { name: 'reference notice (dissociated statistics, art. 16 fr. IX)' },
    { name: 'a statistics purpose citing another exception', edits: [{ from: STAT, to: '        text: Elaborar estadísticas nominales de cobertura que ordena la Ley de Salud.\n        type: primary\n        consentException:\n          - { law: LGPDPPSO-2025, article: 16, fraction: I }\n' }] },
    { name: 'a secondary statistics purpose', edits: [{ from: STAT, to: '        text: Elaborar estadísticas de cobertura por escuela.\n        type: secondary\n        refusal: [casilla-registro]\n' }] },
  ],
  invalid: [
    {
      name: 'identifiable statistics presented without consent',
      edits: [{ from: STAT, to: '        text: Elaborar estadísticas de cobertura por escuela, grado y grupo.\n        type: primary\n' }],
      pointer: '/activities/0/purposes/2/text',
      line: { needle: 'Elaborar estadísticas de cobertura por escuela' },
    },
  ],
});
