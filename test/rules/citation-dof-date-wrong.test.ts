import { ruleTable } from './helpers.js';

const LB = 'y 16, fracciones\n    VII y IX, 20, 21 y 22 de la Ley General de Protección de Datos Personales en Posesión de Sujetos\n    Obligados.';

ruleTable('citation-dof-date-wrong', {
  valid: [
    { name: 'reference notice' },
    { name: 'the real date', edits: [{ from: LB, to: 'y 16 de la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados, publicada en el DOF el 20 de marzo de 2025.' }] },
    { name: 'a reform date is not checked', edits: [{ from: LB, to: 'y 16 de la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados, última reforma publicada en el DOF el 14 de noviembre de 2025.' }] },
  ],
  invalid: [
    {
      name: 'a wrong publication date of the LGPDPPSO',
      edits: [{ from: LB, to: 'y 16 de la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados, publicada en el DOF el 21 de marzo de 2025.' }],
      pointer: '/legalBasis/text',
      line: { needle: 'publicada en el DOF el 21 de marzo' },
      messageIncludes: '20-03-2025',
    },
    {
      name: 'a wrong date of the LGTAIP in numbers',
      edits: [{ from: '  confidentiality: El personal', to: '  confidentiality: Conforme a la Ley General de Transparencia y Acceso a la Información Pública (DOF 20-05-2025), el personal' }],
      pointer: '/transfers/confidentiality',
      line: { needle: 'DOF 20-05-2025' },
    },
  ],
});
