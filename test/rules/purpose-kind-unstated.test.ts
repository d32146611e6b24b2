import { ruleTable } from './helpers.js';

const EXC = '        consentException:\n          - { law: LGPDPPSO-2025, article: 16, fraction: VII }\n';

ruleTable('purpose-kind-unstated', {
  valid: [
    { name: 'reference notice (every purpose distinguished)' },
    { name: 'no type, but the art. 16 exception is cited', edits: [{ after: '- id: aplicar', from: '        type: primary\n', to: '' }] },
  ],
  invalid: [
    {
      name: 'two purposes the notice does not classify: one finding for the activity',
      edits: [
        { after: '- id: aplicar', from: '        type: primary\n' + EXC, to: '' },
        { after: '- id: seguimiento', from: '        type: primary\n' + EXC, to: '' },
      ],
      pointer: '/activities/0/purposes/0',
      line: { needle: '- id: aplicar' },
      messageIncludes: '2 finalidad',
    },
  ],
});
