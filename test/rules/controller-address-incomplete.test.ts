import { ruleTable } from './helpers.js';

ruleTable('controller-address-incomplete', {
  valid: [{ name: 'reference notice' }],
  invalid: [
    {
      name: 'no colonia nor postal code',
      edits: [
        { after: 'controller:', from: '    colonia: Centro\n', to: '' },
        { after: 'controller:', from: '    postalCode: "99000"\n', to: '' },
      ],
      pointer: '/controller/address',
      line: { needle: 'address:', after: 'controller:' },
      messageIncludes: 'colonia, código postal',
    },
  ],
});
