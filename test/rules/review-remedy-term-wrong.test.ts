import { ruleTable } from './helpers.js';

ruleTable('review-remedy-term-wrong', {
  valid: [
    { name: 'reference notice (15 days)' },
    { name: 'fifteen in words', edits: [{ from: 'dentro de los 15 días siguientes', to: 'dentro de los quince días hábiles siguientes a la notificación de la respuesta' }] },
  ],
  invalid: [
    { name: 'thirty days', edits: [{ from: 'dentro de los 15 días siguientes', to: 'dentro de los 30 días siguientes' }], pointer: '/rights/reviewRemedy', line: { needle: 'reviewRemedy:' }, messageIncludes: '30 días' },
  ],
});
