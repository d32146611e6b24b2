import { defineRule } from '../define-rule.js';
import type { Notice } from '../../model/notice.js';
import { instrumentProvisions, lgpdppsoCitationsInText, lgpdppsoInstruments, sentenceAround } from '../shared/citations.js';
import { short } from '../shared/refusal.js';
import { fold, type TextField } from '../shared/walk.js';

/** The notice says, in so many words, that a purpose needs no consent. */
const NO_CONSENT = /\bno (?:se )?requ(?:ie|e)r\w* (?:de(?:l)? )?(?:su |el |del |la )?(?:previo )?consentimiento\b|\bsin (?:necesidad de (?:requerir |recabar |contar con |obtener )?)?(?:su |el )?consentimiento\b|\bno (?:es|sera|resulta) necesari[oa] (?:recabar |obtener |contar con )?(?:su |el )?consentimiento\b/;
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
    unnamedList: {
      es: 'El aviso dice que {count} finalidad(es) no requieren consentimiento («{labels}»), pero no dice en qué fracción del art. 16 se apoya ninguna; sin una excepción del art. 16, el tratamiento requiere consentimiento (art. 14).',
      en: 'The notice says {count} purpose(s) need no consent ("{labels}"), but names no fraction of art. 16 for any of them; without an art. 16 exception, processing needs consent (art. 14).',
    },
    unnamed: {
      es: 'El aviso dice que la finalidad «{label}» no requiere consentimiento, pero no dice en qué fracción del art. 16 se apoya; sin una excepción del art. 16, el tratamiento requiere consentimiento (art. 14).',
      en: 'The notice says the purpose "{label}" needs no consent, but does not say which fraction of art. 16 it rests on; without an art. 16 exception, processing needs consent (art. 14).',
    },
  },
  docs: {
    checks: {
      es: 'Que una finalidad que el aviso dice expresamente que no requiere consentimiento («no requiere de su consentimiento», «sin necesidad de su consentimiento»), en su texto o en la nota de las finalidades, cite la fracción del art. 16 en que se apoya (`consentException`, las normas de la finalidad en `legalBasis`, o «artículo 16, fracción …» en el mismo texto). Si la frase está en la nota que encabeza la lista de finalidades, se informa una vez, en la nota. No hay hallazgo si el fundamento legal del aviso ya cita fracciones del art. 16. Una finalidad marcada como primaria sin esa frase no se revisa: la ley no exige nombrar la fracción en el aviso. Un aviso que es solo simplificado no se revisa: el art. 22 pide distinguir las finalidades que requieren consentimiento, no su fundamento.',
      en: 'That a purpose the notice expressly says needs no consent ("no requiere de su consentimiento"), in its text or in the purposes note, cites the art. 16 fraction it rests on (`consentException`, the purpose\'s `legalBasis`, or "artículo 16, fracción …" in the same text). If the sentence heads the list of purposes, it is reported once, on that note. Nothing is reported if the notice\'s legal basis already cites art. 16 fractions. A purpose marked primary without that sentence is not checked: the law does not require the fraction to be named in the notice. A notice that is only a simplified one is not checked: art. 22 asks to distinguish the purposes needing consent, not their basis.',
    },
    why: {
      es: 'El art. 14 exige el consentimiento previo salvo que se actualice una causal del art. 16, y el art. 21 fr. IV exige distinguir las finalidades que requieren consentimiento. Si el aviso afirma que una finalidad no lo requiere, la persona solo puede comprobarlo si sabe qué excepción se invoca.',
      en: 'Art. 14 requires prior consent unless an art. 16 case applies, and art. 21 fr. IV requires distinguishing purposes needing consent. If the notice asserts a purpose needs none, people can check it only by knowing which exception is invoked.',
    },
    fix: { es: 'Agregue `consentException: [{ law: LGPDPPSO-2025, article: 16, fraction: … }]` a la finalidad (p. ej. fr. I si una ley lo dispone, fr. V por la relación jurídica, fr. VII por asistencia sanitaria).', en: 'Add `consentException: [{ law: LGPDPPSO-2025, article: 16, fraction: … }]` to the purpose.' },
  },
  check(ctx) {
    // A simplified notice summarises (art. 22): the exception relied on belongs in the integral one.
    if (ctx.notice.kind === 'simplified') return;
    // A notice that names art. 16 fractions in its legal basis has named the exceptions it relies on.
    if (namesArticle16Fraction(ctx.notice, ctx.facts.texts)) return;
    const named = (p: (typeof ctx.facts.purposes)[number]): boolean =>
      (p.value.consentException ?? []).some((c) => c && ((c.law === 'LGPDPPSO-2025' && c.article === 16 && Boolean(c.fraction)) || (c.law !== undefined && c.law !== 'LGPDPPSO-2025' && c.law !== 'LGPDPPSO-2017'))) ||
      Boolean(((p.value as { legalBasis?: unknown[] }).legalBasis ?? []).length) ||
      FRACTION_16.test(fold(String(p.value.text ?? '')));
    ctx.facts.activities.forEach((a, index) => {
      const purposes = ctx.facts.purposes.filter((p) => p.activity === index);
      const note = fold(String(a.value.purposesNote ?? ''));
      const noteClaims = NO_CONSENT.test(note) && !FRACTION_16.test(note) && !/\bsi\b|\bcuando\b/.test(note.slice(0, note.search(NO_CONSENT)));
      const fromNote: string[] = [];
      for (const p of purposes) {
        if (named(p)) continue;
        const text = fold(String(p.value.text ?? ''));
        const m = NO_CONSENT.exec(text);
        if (m && !/\bsi\b|\bcuando\b/.test(sentenceAround(text, m.index, m.index + m[0].length).slice(0, Math.max(0, m.index)))) {
          ctx.report({ messageId: 'unnamed', data: { label: short(p.value.text) }, pointer: `${p.pointer}/text`, target: 'value' });
        } else if (noteClaims && p.value.type !== 'secondary') fromNote.push(short(p.value.text, 40));
      }
      // The note claims it for the list: one finding on the note, naming the purposes.
      if (fromNote.length) ctx.report({ messageId: 'unnamedList', data: { count: fromNote.length, labels: fromNote.join('; ') }, pointer: `${a.pointer}/purposesNote`, target: 'value' });
    });
  },
});

/** Art. 16 with a fraction in the legal basis (text or structured), of any activity. */
function namesArticle16Fraction(notice: Notice, texts: readonly TextField[]): boolean {
  for (const t of texts) {
    if (!t.pointer.includes('legalBasis')) continue;
    for (const c of lgpdppsoCitationsInText(t)) if (c.provisions.some((p) => p.article === 16 && p.fractions.length)) return true;
  }
  return lgpdppsoInstruments(notice, fold).some((i) => instrumentProvisions(i.instrument).some((p) => p.article === 16 && p.fractions.length));
}
