import { ruleTable } from './helpers.js';

const LB = 'y 16, fracciones\n    VII y IX, 20, 21 y 22 de la Ley General de Protección de Datos Personales en Posesión de Sujetos\n    Obligados.';

ruleTable('citation-abrogated-law', {
  valid: [
    { name: 'reference notice' },
    { name: 'the 2025 law with its DOF date', edits: [{ from: LB, to: 'y 16 de la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados, publicada en el DOF el 20 de marzo de 2025.' }] },
    {
      name: 'the 2017 law mentioned as history',
      edits: [{ from: '  confidentiality: El personal', to: '  confidentiality: Este aviso sustituye al emitido conforme a la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados publicada en el DOF el 26 de enero de 2017, abrogada. El personal' }],
    },
  ],
  invalid: [
    {
      name: 'the 2017 law cited by its DOF date',
      edits: [{ from: LB, to: 'y 16 de la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados, publicada en el Diario Oficial de la Federación el 26 de enero de 2017.' }],
      pointer: '/legalBasis/text',
      line: { needle: 'y 16 de la Ley General de Protección' },
      messageIncludes: '26-01-2017',
    },
    {
      name: 'the LFTAIP by name',
      edits: [{ from: '  confidentiality: El personal', to: '  confidentiality: En términos de la Ley Federal de Transparencia y Acceso a la Información Pública, el personal' }],
      pointer: '/transfers/confidentiality',
      line: { needle: 'Ley Federal de Transparencia' },
    },
    {
      name: 'a structured citation of the 2017 law',
      edits: [{ from: '{ law: LGPDPPSO-2025, article: 64, fraction: I }', to: '{ law: LGPDPPSO-2017, article: 70, fraction: I }' }],
      pointer: '/transfers/items/0/exceptions/0/law',
      line: { needle: 'law: LGPDPPSO-2017, article: 70' },
    },
    {
      name: 'a notice that declares the 2017 law',
      edits: [{ from: 'law: LGPDPPSO-2025', to: 'law: LGPDPPSO-2017' }],
      pointer: '/law',
      line: { needle: 'law: LGPDPPSO-2017' },
    },
  ],
});
