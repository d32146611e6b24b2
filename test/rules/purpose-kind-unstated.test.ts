import { ruleTable } from './helpers.js';

ruleTable('purpose-kind-unstated', {
  valid: [{ name: 'reference notice (every purpose distinguished)' }],
  invalid: [
    {
      name: 'two purposes without a kind: one finding for the activity',
      edits: [
        { after: '- id: aplicar', from: '        type: primary\n', to: '' },
        { after: '- id: seguimiento', from: '        type: primary\n', to: '' },
      ],
      pointer: '/activities/0/purposes/0',
      line: { needle: '- id: aplicar' },
      messageIncludes: '2 finalidad',
    },
  ],
});
