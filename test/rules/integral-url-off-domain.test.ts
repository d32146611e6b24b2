import { ruleTable } from './helpers.js';

ruleTable('integral-url-off-domain', {
  valid: [
    { name: 'reference notice (salud.valleverde.gob.mx on the controller site)' },
    { name: 'another subdomain of the same site', edits: [{ from: 'integralUrl: https://salud.valleverde.gob.mx/', to: 'integralUrl: https://www.valleverde.gob.mx/' }] },
    { name: 'the single federal portal www.gob.mx counts as the controller\'s own site', edits: [{ from: 'integralUrl: https://salud.valleverde.gob.mx/', to: 'integralUrl: https://www.gob.mx/' }] },
    { name: 'no controller website: nothing to compare', edits: [{ from: '  website: https://salud.valleverde.gob.mx\n', to: '' }] },
  ],
  invalid: [
    {
      name: 'published on a document host',
      edits: [{ from: 'integralUrl: https://salud.valleverde.gob.mx/avisos-privacidad/vacunacion-escolar', to: 'integralUrl: https://drive.google.com/file/d/abc' }],
      pointer: '/publication/integralUrl',
      line: { needle: 'integralUrl:' },
      messageIncludes: 'drive.google.com',
    },
    {
      name: 'another government site is still another site',
      edits: [{ from: 'integralUrl: https://salud.valleverde.gob.mx/', to: 'integralUrl: https://www.educacion.gob.mx/' }],
      pointer: '/publication/integralUrl',
      line: { needle: 'integralUrl:' },
    },
  ],
});
