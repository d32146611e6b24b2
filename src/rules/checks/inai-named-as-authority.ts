import { defineRule } from '../define-rule.js';

const INAI = /\binai\b|\binstituto nacional de transparencia,? acceso a la informacion y proteccion de datos\b|\bifai\b/;

export default defineRule({
  id: 'inai-named-as-authority',
  title: { es: 'Se nombra al INAI, extinto desde el 21-03-2025', en: 'The INAI is named, extinct since 21-03-2025' },
  citation: { law: 'LGPDPPSO-2025', article: 3, fraction: 'XXVI' },
  confidence: 'VERIFIED',
  defaultSeverity: 'warning',
  messages: {
    inai: {
      es: 'El aviso nombra al INAI; desde el 21-03-2025 la autoridad es la Secretaría Anticorrupción y Buen Gobierno o la Autoridad garante que corresponda.',
      en: 'The notice names the INAI; since 21-03-2025 the authority is the Secretaría Anticorrupción y Buen Gobierno or the relevant Autoridad garante.',
    },
  },
  docs: {
    checks: { es: 'Que un aviso regido por la ley de 2025 no nombre al INAI (ni al IFAI) como autoridad.', en: 'That a notice under the 2025 law does not name the INAI (or IFAI) as the authority.' },
    why: {
      es: 'El decreto del 20-03-2025 extinguió al INAI. La autoridad en el sector público federal es la Secretaría Anticorrupción y Buen Gobierno (art. 3 fr. XXVI); los demás sujetos obligados responden ante las Autoridades garantes (art. 3 fr. II). El recurso de revisión se presenta ante ellas (arts. 50 y 86).',
      en: 'The 20-03-2025 decree extinguished the INAI. The federal public-sector authority is the Secretaría Anticorrupción y Buen Gobierno (art. 3 fr. XXVI); other bodies answer to the Autoridades garantes (art. 3 fr. II). Review appeals go before them (arts. 50 and 86).',
    },
    fix: { es: 'Sustituya la mención del INAI por «la Secretaría Anticorrupción y Buen Gobierno» o la Autoridad garante que corresponda.', en: 'Replace the mention of the INAI with "la Secretaría Anticorrupción y Buen Gobierno" or the relevant Autoridad garante.' },
  },
  check(ctx) {
    for (const t of ctx.facts.texts) {
      if (INAI.test(t.folded)) ctx.report({ messageId: 'inai', pointer: t.pointer, target: 'value' });
    }
  },
});
