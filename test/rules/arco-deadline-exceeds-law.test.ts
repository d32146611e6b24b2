import { ruleTable } from './helpers.js';

const D = '  deadlines:\n    responseDays: 20\n    extensionDays: 10\n    effectiveDays: 15\n';

ruleTable('arco-deadline-exceeds-law', {
  valid: [
    { name: 'reference notice (20, 10, 15)' },
    { name: 'the law\'s deadlines in words', edits: [{ from: D, to: '  deadlines:\n    text: La respuesta se dará en un plazo máximo de veinte días hábiles, ampliable por diez días más, y el derecho se hará efectivo en quince días.\n' }] },
    { name: 'shorter deadlines are fine', edits: [{ from: D, to: '  deadlines:\n    responseDays: 10\n    effectiveDays: 5\n' }] },
    { name: 'extendable once, in words', edits: [{ from: D, to: '  deadlines:\n    text: Se responderá en 20 días hábiles; el plazo podrá ampliarse por una sola vez hasta por diez días.\n' }] },
    { name: 'calendar days are not compared', edits: [{ from: D, to: '  deadlines:\n    text: Le responderemos en un plazo de 25 días naturales.\n' }] },
    { name: 'the review appeal period is not an ARCO answer period', edits: [{ from: 'dentro de los 15 días siguientes', to: 'dentro de los 15 días siguientes a la respuesta' }] },
  ],
  invalid: [
    { name: 'response days beyond 20', edits: [{ from: 'responseDays: 20', to: 'responseDays: 30' }], pointer: '/rights/deadlines/responseDays', line: { needle: 'responseDays: 30' }, messageIncludes: '30 días' },
    { name: 'an extension beyond 10', edits: [{ from: 'extensionDays: 10', to: 'extensionDays: 20' }], pointer: '/rights/deadlines/extensionDays', line: { needle: 'extensionDays: 20' } },
    {
      name: 'in the text: thirty working days to answer',
      edits: [{ from: D, to: '  deadlines:\n    text: >-\n      La Unidad de Transparencia dará respuesta a su solicitud en un plazo\n      de treinta días hábiles.\n' }],
      pointer: '/rights/deadlines/text',
      line: { needle: 'de treinta días hábiles' },
    },
    {
      name: 'extendable "por un periodo igual" is an extension of 20',
      edits: [{ from: D, to: '  deadlines:\n    text: Se responderá en 20 días hábiles, ampliables por un periodo igual.\n' }],
      pointer: '/rights/deadlines/text',
      line: { needle: 'ampliables por un periodo igual' },
      messageIncludes: 'ampliar',
    },
    {
      name: 'extendable "hasta en dos ocasiones": more than the one extension',
      edits: [{ from: D, to: '  deadlines:\n    text: >-\n      Se responderá en 15 días hábiles. Cuando la solicitud lo amerite,\n      el plazo podrá ampliarse hasta en dos ocasiones.\n' }],
      pointer: '/rights/deadlines/text',
      line: { needle: 'el plazo podrá ampliarse hasta en dos' },
      messageIncludes: 'más de una vez',
    },
  ],
});
