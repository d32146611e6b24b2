import { MINORS_KEYWORDS, REPRESENTATION_KEYWORDS, keywordRegex } from '../data/keywords.js';
import { defineRule } from '../define-rule.js';
import { sentenceAround } from '../shared/citations.js';

const MINORS = keywordRegex(MINORS_KEYWORDS);
const INTERDICTION = /\b(?:estado de interdiccion|interdiccion|incapacidad (?:legal |juridica )?declarada|declarad[oa]s? (?:en estado de interdiccion|incapaces?))\b/;
const REPRESENTATION = keywordRegex(REPRESENTATION_KEYWORDS);
/** "No se recaban datos de menores de edad", "dirigido exclusivamente a mayores de edad". */
const NEGATED = /\bno (?:se )?(?:recab|trat|dirig|solicit|permit|acept|registr)|\bexclusivamente (?:a|para) (?:personas )?mayores de edad\b|\bsolo (?:a|para) (?:personas )?mayores de edad\b/;

export default defineRule({
  id: 'minors-representation-missing',
  title: { es: 'Datos de menores sin reglas de representación', en: 'Minors\' data without representation rules' },
  citation: { law: 'LGPDPPSO-2025', article: 14, paragraph: 'último' },
  confidence: 'VERIFIED',
  quote: 'En la obtención del consentimiento de personas menores de edad o que se encuentren en estado de interdicción o incapacidad declarada conforme a las disposiciones jurídicas aplicables, se estará a lo dispuesto en las reglas de representación previstas en la legislación civil que resulte aplicable. … En el ejercicio de los derechos ARCO de personas menores de edad o que se encuentren en estado de interdicción o incapacidad, de conformidad con las leyes civiles, se estará a las reglas de representación dispuestas en la misma legislación. … En el tratamiento de datos personales de menores de edad se deberá privilegiar el interés superior de la niña, el niño y el adolescente, en términos de las disposiciones jurídicas aplicables.',
  defaultSeverity: 'warning',
  messages: {
    missing: {
      es: 'El aviso trata datos de menores de edad («{evidence}»), pero no dice quién consiente y ejerce sus derechos en su nombre conforme a las reglas de representación de la legislación civil.',
      en: 'The notice processes minors\' data ("{evidence}") but does not say who consents and exercises their rights on their behalf under civil-law representation rules.',
    },
    interdiction: {
      es: 'El aviso trata datos de personas en estado de interdicción o incapacidad declarada («{evidence}»), pero no dice quién consiente y ejerce sus derechos en su nombre conforme a las reglas de representación de la legislación civil.',
      en: 'The notice processes data of persons in a state of interdiction or declared incapacity ("{evidence}") but does not say who consents and exercises their rights on their behalf under civil-law representation rules.',
    },
  },
  docs: {
    checks: {
      es: 'Que un aviso que trata datos de niñas, niños o adolescentes (`dataSubjects.includesMinors: true`, o palabras como «menores de edad», «pediátrico»), o de personas en estado de interdicción o incapacidad declarada, diga quién consiente y ejerce los derechos en su nombre (`dataSubjects.representation`, o un texto que hable de madre, padre, tutor o representante). No se señala una frase que excluye a los menores («no se recaban datos de menores de edad»).',
      en: 'That a notice processing children\'s data (`dataSubjects.includesMinors: true`, or words like "menores de edad", "pediátrico"), or data of persons in a state of interdiction or declared incapacity, says who consents and exercises the rights on their behalf (`dataSubjects.representation`, or a text about mother, father, guardian or representative). A sentence excluding minors ("no se recaban datos de menores de edad") is not reported.',
    },
    why: {
      es: 'El último párrafo del art. 14 remite el consentimiento de menores de edad y de personas en estado de interdicción o incapacidad declarada a las reglas de representación de la legislación civil, y el art. 43 ¶3 hace lo mismo con los derechos ARCO; el art. 7 ¶2 ordena privilegiar el interés superior de la niña, el niño y el adolescente. Ningún artículo exige una cláusula de menores en el aviso, pero sin ella la persona no sabe quién puede consentir ni pedir el acceso: por eso es una advertencia.',
      en: 'The last paragraph of art. 14 sends the consent of minors and of persons in a state of interdiction or declared incapacity to civil-law representation rules, and art. 43 ¶3 does the same for ARCO rights; art. 7 ¶2 requires giving priority to the best interest of the child. No article requires a minors clause in the notice, but without one people do not know who may consent or ask for access: hence a warning.',
    },
    fix: {
      es: 'Agregue `dataSubjects.includesMinors: true` y `dataSubjects.representation` con quién consiente (madre, padre o tutor) y cómo acredita la representación.',
      en: 'Add `dataSubjects.includesMinors: true` and `dataSubjects.representation` saying who consents (mother, father or guardian) and how representation is proven.',
    },
  },
  check(ctx) {
    const ds = ctx.notice.dataSubjects;
    if (ds && typeof ds.representation === 'string' && ds.representation.trim()) return;
    const find = (re: RegExp): { evidence: string; pointer: string } | undefined => {
      for (const t of ctx.facts.texts) {
        const m = re.exec(t.folded);
        if (!m || NEGATED.test(sentenceAround(t.folded, m.index, m.index + m[0].length))) continue;
        return { evidence: t.folded.length === t.text.length ? t.text.slice(m.index, m.index + m[0].length) : m[0], pointer: t.pointer };
      }
      return undefined;
    };
    let minors = ds?.includesMinors === false ? undefined : find(MINORS);
    if (ds?.includesMinors === true) minors = { evidence: minors?.evidence ?? 'includesMinors: true', pointer: '/dataSubjects/includesMinors' };
    if (minors && !ctx.facts.texts.some((t) => REPRESENTATION.test(t.folded) && /\bmenor/.test(t.folded))) {
      ctx.report({ messageId: 'missing', data: { evidence: minors.evidence }, pointer: minors.pointer, target: 'value' });
    }
    const interdiction = find(INTERDICTION);
    if (interdiction && !ctx.facts.texts.some((t) => REPRESENTATION.test(t.folded) && /\binterdiccion|\bincapa/.test(t.folded) && t.pointer !== interdiction.pointer)) {
      ctx.report({ messageId: 'interdiction', data: { evidence: interdiction.evidence }, pointer: interdiction.pointer, target: 'value' });
    }
  },
});
