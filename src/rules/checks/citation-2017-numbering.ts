import { defineRule } from '../define-rule.js';
import { fold } from '../shared/walk.js';

/**
 * Article lists that read coherently only under the abrogated 2017 law (legal guide §8), with the
 * likely 2025 equivalent. Matched against the legal-basis text and structured citations.
 */
const SIGNS: readonly { pattern: RegExp; label: string; hint: string }[] = [
  { pattern: /\b16,? 17,? 18,? (?:21,? )?31,? 32,? 33 y 42\b/, label: '16, 17, 18, 31, 32, 33 y 42', hint: '10–13 (principios), 25–27 (seguridad), 36 (confidencialidad)' },
  { pattern: /\bart(?:iculo|\.)s? 26,? 27 y 28\b/, label: '26, 27 y 28', hint: '20, 21 y 22' },
  { pattern: /\bart(?:iculo|\.)s? 22(?:,? fracci(?:on|ones))?\b[^.]{0,80}\bexcepci/, label: '22 (excepciones al consentimiento)', hint: '16' },
  { pattern: /\bart(?:iculo|\.)s? 70\b[^.]{0,80}\btransferenc/, label: '70 (transferencias sin consentimiento)', hint: '64' },
  { pattern: /\bart(?:iculo|\.)s? 3,? fracci(?:on|ones) ii\b[^.]{0,40}\baviso/, label: '3 fr. II (aviso de privacidad)', hint: '3 fr. III' },
];

const LAW_2017_CITED = /\b(?:dof|diario oficial)[^.]{0,40}26 de enero de 2017\b/;

export default defineRule({
  id: 'citation-2017-numbering',
  title: { es: 'Cita con la numeración de la ley abrogada (2017)', en: 'Citation using the abrogated 2017 numbering' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'III' },
  confidence: 'CORROBORATED',
  defaultSeverity: 'warning',
  messages: {
    list: {
      es: 'Los artículos {label} de la LGPDPPSO solo tienen sentido con la numeración de 2017; en la ley de 2025 el equivalente probable es {hint}.',
      en: 'LGPDPPSO articles {label} only make sense under the 2017 numbering; the likely 2025 equivalent is {hint}.',
    },
    law2017: {
      es: 'El aviso cita la LGPDPPSO publicada el 26 de enero de 2017, abrogada el 21 de marzo de 2025.',
      en: 'The notice cites the LGPDPPSO published on 26 January 2017, abrogated on 21 March 2025.',
    },
  },
  docs: {
    checks: {
      es: 'En avisos regidos por la ley de 2025, busca listas de artículos que solo encajan con la numeración de 2017 (p. ej. «16, 17, 18, 31, 32, 33 y 42» como disposiciones protectoras, «26, 27 y 28» para el aviso, «22» para las excepciones al consentimiento, «70» para transferencias) y sugiere el equivalente de 2025.',
      en: 'In notices under the 2025 law, looks for article lists that only fit the 2017 numbering (e.g. "16, 17, 18, 31, 32, 33 y 42" as protective provisions, "26, 27 y 28" for the notice, "22" for consent exceptions, "70" for transfers) and suggests the 2025 equivalent.',
    },
    why: {
      es: 'La LGPDPPSO de 2017 fue abrogada el 21-03-2025 (transitorio Segundo fr. IV) y la nueva ley renumeró sus artículos: en 2025 los arts. 16–18 son excepciones al consentimiento y calidad de los datos, y 31–33 y 42 tratan de vulneraciones y derechos ARCO. Un fundamento mal numerado no cumple el art. 21 fr. III. La equivalencia 2017→2025 no está verificada palabra por palabra, de ahí la severidad.',
      en: 'The 2017 LGPDPPSO was abrogated on 21-03-2025 (transitorio Segundo fr. IV) and the new law renumbered it: in 2025 arts. 16–18 are consent exceptions and data quality, and 31–33 and 42 deal with breaches and ARCO. A misnumbered basis does not meet art. 21 fr. III. The 2017→2025 mapping is not verified word by word, hence the severity.',
    },
    fix: {
      es: 'Cite los artículos de la ley de 2025 (principios 10–13, deberes de seguridad 25–27, confidencialidad 36, aviso 20–22, excepciones 16 y 64).',
      en: 'Cite the 2025 articles (principles 10–13, security 25–27, confidentiality 36, notice 20–22, exceptions 16 and 64).',
    },
  },
  check(ctx) {
    const candidates = ctx.facts.texts.filter((t) => t.pointer.startsWith('/legalBasis') || t.pointer.startsWith('/transfers') || t.pointer === '/intro');
    for (const t of candidates) {
      for (const s of SIGNS) {
        if (s.pattern.test(t.folded)) ctx.report({ messageId: 'list', data: { label: s.label, hint: s.hint }, pointer: t.pointer, target: 'value' });
      }
      if (LAW_2017_CITED.test(t.folded)) ctx.report({ messageId: 'law2017', pointer: t.pointer, target: 'value' });
    }
  },
});
