import { ruleTable } from './helpers.js';

const LB = 'y 16, fracciones\n    VII y IX, 20, 21 y 22 de la Ley General';

ruleTable('citation-unknown-provision', {
  valid: [
    { name: 'reference notice (16 fr. VII and IX, 20, 21, 22 exist)' },
    { name: 'art. 21, último párrafo, and art. 3 fr. XXX exist', edits: [{ from: LB, to: 'y 21, último párrafo, y 3, fracción XXX, de la Ley General' }] },
    { name: 'art. 16, párrafo segundo, of the Constitution is not checked', edits: [{ from: 'párrafo segundo, de la Constitución', to: 'párrafo segundo de la Constitución' }] },
    { name: 'articles of another law are not checked', edits: [{ from: 'Artículos 4, fracción III, y 28 de la Ley de Salud', to: 'Artículos 4, fracción XC, y 280 de la Ley de Salud' }] },
    { name: 'a state law with the same words is not the LGPDPPSO', edits: [{ from: LB, to: 'y 140 de la Ley de Protección de Datos Personales en Posesión de Sujetos Obligados del Estado de Valle Verde' }] },
  ],
  invalid: [
    {
      name: 'a fraction art. 64 does not have',
      edits: [{ from: LB, to: 'y 64, fracción XI, de la Ley General' }],
      pointer: '/legalBasis/text',
      line: { needle: '64, fracción XI' },
      messageIncludes: 'no tiene fracción XI',
    },
    {
      name: 'an article beyond 137',
      edits: [{ from: LB, to: 'y 140 de la Ley General' }],
      pointer: '/legalBasis/text',
      line: { needle: 'y 140 de la' },
      messageIncludes: 'no tiene artículo 140',
    },
    {
      name: 'a second paragraph of art. 16 (it has one), with the Constitution hint',
      edits: [{ from: LB, to: 'y 16, párrafo segundo, de la Ley General' }],
      pointer: '/legalBasis/text',
      line: { needle: 'y 16, párrafo segundo, de la Ley General' },
      messageIncludes: 'tiene 1 párrafo',
    },
    {
      name: 'a structured exception citing a fraction that does not exist',
      edits: [{ from: '{ law: LGPDPPSO-2025, article: 64, fraction: I }', to: '{ law: LGPDPPSO-2025, article: 64, fraction: XII }' }],
      pointer: '/transfers/items/0/exceptions/0',
      line: { needle: 'fraction: XII' },
    },
    {
      name: 'a structured provision of the LGPDPPSO instrument',
      edits: [{ from: '        - { article: "16", fractions: [VII, IX] }', to: '        - { article: "16", fractions: [VII, XI] }' }],
      pointer: '/legalBasis/dataProtection/1/provisions/0',
      line: { needle: 'fractions: [VII, XI]' },
    },
  ],
});
