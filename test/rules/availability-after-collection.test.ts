import { ruleTable } from './helpers.js';

const PUB = '  physicalLocation: Dirección de Salud Pública, Avenida Independencia 1200, Centro, San Isidro\n';

ruleTable('availability-after-collection', {
  valid: [
    { name: 'reference notice (says nothing about it)' },
    { name: 'at the form, before collecting', edits: [{ from: PUB, to: PUB + '  atCollection:\n    text: El aviso simplificado aparece en el formulario antes de capturar sus datos.\n    timing: before-collection\n' }] },
  ],
  invalid: [
    {
      name: 'handed over at the end of the procedure',
      edits: [{ from: PUB, to: PUB + '  atCollection:\n    text: El aviso se entrega impreso al concluir el trámite.\n' }],
      pointer: '/publication/atCollection/text',
      line: { needle: 'al concluir el trámite' },
      messageIncludes: 'al concluir el trámite',
    },
  ],
});
