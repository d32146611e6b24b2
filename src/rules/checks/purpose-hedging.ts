import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';
import { fold } from '../shared/walk.js';

const HEDGE = /\bpodr(?:a|an|ian|ia)\b/;

export default defineRule({
  id: 'purpose-hedging',
  title: { es: 'Finalidad redactada como posibilidad («podrá»)', en: 'Purpose hedged as a possibility ("podrá")' },
  citation: { law: 'LGPDPPSO-2025', article: 20, paragraph: 'tercero' },
  confidence: 'VERIFIED',
  quote: 'Para que el aviso de privacidad cumpla de manera eficiente con su función de informar, deberá estar redactado y estructurado de manera clara y sencilla.',
  defaultSeverity: 'info',
  messages: {
    hedged: {
      es: 'La finalidad «{label}» dice «{word}»: diga con certeza para qué se usarán los datos.',
      en: 'The purpose "{label}" says "{word}": state plainly what the data will be used for.',
    },
  },
  docs: {
    checks: { es: 'Que las finalidades no se redacten como posibilidades («podrá», «podrán»).', en: 'That purposes are not worded as possibilities ("podrá", "podrán").' },
    why: {
      es: 'El art. 20 ¶3 exige un aviso redactado de manera clara y sencilla, y el art. 12 finalidades concretas y explícitas. «Podrá usarse para…» no dice si el tratamiento ocurre.',
      en: 'Art. 20 ¶3 requires a clear and simple notice, and art. 12 concrete, explicit purposes. "May be used for…" does not say whether the processing happens.',
    },
    fix: { es: 'Escriba «Los datos se usan para…» o retire la finalidad si no se realiza.', en: 'Write "The data are used for…" or remove the purpose if it is not carried out.' },
  },
  check(ctx) {
    for (const p of ctx.facts.purposes) {
      const text = String(p.value.text ?? '');
      const m = HEDGE.exec(fold(text));
      // Folding keeps positions for Spanish text, so the original spelling can be quoted.
      const word = m ? text.slice(m.index, m.index + m[0].length) : '';
      if (m) ctx.report({ messageId: 'hedged', data: { label: short(text), word: fold(word) === m[0] ? word : m[0] }, pointer: `${p.pointer}/text`, target: 'value' });
    }
  },
});
