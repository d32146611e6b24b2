import { defineRule } from '../define-rule.js';
import { sentenceAround } from '../shared/citations.js';
import { short } from '../shared/refusal.js';
import { fold } from '../shared/walk.js';

/** The notice says, in so many words, that a purpose needs no consent. */
const NO_CONSENT = /\bno (?:se )?requier\w* (?:de(?:l)? )?(?:su |el |del |la )?(?:previo )?consentimiento\b|\bsin (?:necesidad de (?:requerir |recabar |contar con |obtener )?)?(?:su |el )?consentimiento\b|\bno (?:es|sera|resulta) necesari[oa] (?:recabar |obtener |contar con )?(?:su |el )?consentimiento\b/;
/** An art. 16 fraction cited in the same words ("artículo 16, fracción V"). */
const FRACTION_16 = /\bart(?:iculo|\.)?\s*16,?\s*(?:fracci(?:on|ones)|fr\.?|frs\.?)\s*[ivx]+/;

export default defineRule({
  id: 'purpose-consent-exception-unnamed',
  title: { es: 'Finalidad sin consentimiento que no dice qué excepción del art. 16 aplica', en: 'Purpose without consent that does not say which art. 16 exception applies' },
  citation: { law: 'LGPDPPSO-2025', article: 14, paragraph: 'primero' },
  confidence: 'VERIFIED',
  quote:
    'Artículo 14. Cuando no se actualicen algunas de las causales de excepción previstas en el artículo 16 de la presente Ley, el responsable deberá contar con el consentimiento previo de la persona titular para el tratamiento de los datos personales, el cual deberá otorgarse de forma: … IV. Las finalidades del tratamiento para las cuales se obtienen los datos personales, distinguiendo aquéllas que requieren el consentimiento de la persona titular;',
  defaultSeverity: 'warning',
  messages: {
    unnamed: {
      es: 'El aviso dice que la finalidad «{label}» no requiere consentimiento, pero no dice en qué fracción del art. 16 se apoya; sin una excepción del art. 16, el tratamiento requiere consentimiento (art. 14).',
      en: 'The notice says the purpose "{label}" needs no consent, but does not say which fraction of art. 16 it rests on; without an art. 16 exception, processing needs consent (art. 14).',
    },
  },
  docs: {
    checks: {
      es: 'Que una finalidad que el aviso dice expresamente que no requiere consentimiento («no requiere de su consentimiento», «sin necesidad de su consentimiento»), en su texto o en la nota de las finalidades, cite la fracción del art. 16 en que se apoya (`consentException`, las normas de la finalidad en `legalBasis`, o «artículo 16, fracción …» en el mismo texto). Cada finalidad se revisa por separado: la excepción de una no cubre a otra. Una finalidad marcada como primaria sin esa frase no se revisa: la ley no exige nombrar la fracción en el aviso.',
      en: 'That a purpose the notice expressly says needs no consent ("no requiere de su consentimiento"), in its text or in the purposes note, cites the art. 16 fraction it rests on (`consentException`, the purpose\'s `legalBasis`, or "artículo 16, fracción …" in the same text). Each purpose is checked on its own. A purpose marked primary without that sentence is not checked: the law does not require the fraction to be named in the notice.',
    },
    why: {
      es: 'El art. 14 exige el consentimiento previo salvo que se actualice una causal del art. 16, y el art. 21 fr. IV exige distinguir las finalidades que requieren consentimiento. Si el aviso afirma que una finalidad no lo requiere, la persona solo puede comprobarlo si sabe qué excepción se invoca.',
      en: 'Art. 14 requires prior consent unless an art. 16 case applies, and art. 21 fr. IV requires distinguishing purposes needing consent. If the notice asserts a purpose needs none, people can check it only by knowing which exception is invoked.',
    },
    fix: { es: 'Agregue `consentException: [{ law: LGPDPPSO-2025, article: 16, fraction: … }]` a la finalidad (p. ej. fr. I si una ley lo dispone, fr. V por la relación jurídica, fr. VII por asistencia sanitaria).', en: 'Add `consentException: [{ law: LGPDPPSO-2025, article: 16, fraction: … }]` to the purpose.' },
  },
  check(ctx) {
    for (const a of ctx.facts.activities) {
      const note = fold(String(a.value.purposesNote ?? ''));
      const noteClaims = NO_CONSENT.test(note) && !FRACTION_16.test(note);
      const purposes = ctx.facts.purposes.filter((p) => p.activity === ctx.facts.activities.indexOf(a));
      for (const p of purposes) {
        const text = fold(String(p.value.text ?? ''));
        const m = NO_CONSENT.exec(text);
        const claims = m ? !/\bsi\b|\bcuando\b/.test(sentenceAround(text, m.index, m.index + m[0].length).slice(0, Math.max(0, m.index))) : noteClaims && p.value.type !== 'secondary';
        if (!claims || FRACTION_16.test(text)) continue;
        if ((p.value.consentException ?? []).some((c) => c && c.article === 16 && c.fraction) || ((p.value as { legalBasis?: unknown[] }).legalBasis ?? []).length) continue;
        ctx.report({ messageId: 'unnamed', data: { label: short(p.value.text) }, pointer: `${p.pointer}/text`, target: 'value' });
      }
    }
  },
});
