import { ruleTable } from './helpers.js';

ruleTable('arco-extra-requirements', {
  valid: [
    { name: 'reference notice (art. 46 requirements; a minor\'s birth certificate)' },
    { name: 'a cancellation request states its causes', edits: [{ from: '    - Cualquier documento que facilite localizar los datos.\n', to: '    - Cualquier documento que facilite localizar los datos.\n    - En la cancelación, las causas que la motivan.\n' }] },
  ],
  invalid: [
    {
      name: 'proof of address',
      edits: [{ from: '    - Cualquier documento que facilite localizar los datos.\n', to: '    - Cualquier documento que facilite localizar los datos.\n    - Copia de comprobante de domicilio no mayor a tres meses.\n' }],
      pointer: '/rights/requirements/4',
      line: { needle: 'comprobante de domicilio' },
      messageIncludes: 'comprobante de domicilio',
    },
    {
      name: 'reasons for an access request',
      edits: [{ from: '    - Cualquier documento que facilite localizar los datos.\n', to: '    - Cualquier documento que facilite localizar los datos.\n    - Los motivos por los que solicita el acceso.\n' }],
      pointer: '/rights/requirements/4',
      line: { needle: 'Los motivos' },
    },
  ],
});
