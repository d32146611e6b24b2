import { ruleTable } from './helpers.js';

const FEES = '  fees: El ejercicio de los derechos es gratuito; solo se cobran la reproducción, la certificación o el envío, y las primeras veinte hojas son gratuitas.\n';

ruleTable('arco-fee-not-free', {
  valid: [
    { name: 'reference notice' },
    { name: 'certified copies cost', edits: [{ from: FEES, to: '  fees: La solicitud no tiene costo. Las copias certificadas tendrán un costo conforme a la Ley Federal de Derechos.\n' }] },
  ],
  invalid: [
    { name: 'a fee for filing', edits: [{ from: FEES, to: '  fees: La presentación de la solicitud tiene un costo de $150.00.\n' }], pointer: '/rights/fees', line: { needle: 'fees:' }, messageIncludes: 'presentación' },
    { name: 'a search fee', edits: [{ from: FEES, to: '  fees: Por la búsqueda de la información se deberá pagar una cuota de recuperación.\n' }], pointer: '/rights/fees', line: { needle: 'fees:' } },
  ],
});

ruleTable('arco-fee-not-free', {
  valid: [{ name: 'costs stated free, with reproduction charges', edits: [{ from: FEES, to: '  costs:\n    free: true\n    charges: [reproduction, certification]\n    freePages: 20\n' }] }],
  invalid: [
    { name: 'costs: not free', edits: [{ from: FEES, to: '  costs:\n    free: false\n' }], pointer: '/rights/costs/free', line: { needle: 'free: false' } },
    { name: 'costs: fewer free pages than the law', edits: [{ from: FEES, to: '  costs:\n    free: true\n    freePages: 10\n' }], pointer: '/rights/costs/freePages', line: { needle: 'freePages: 10' } },
  ],
});
