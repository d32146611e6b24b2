import { MINORS_KEYWORDS, REPRESENTATION_KEYWORDS, keywordRegex } from '../data/keywords.js';
import { defineRule } from '../define-rule.js';

const MINORS = keywordRegex(MINORS_KEYWORDS);
const REPRESENTATION = keywordRegex(REPRESENTATION_KEYWORDS);

export default defineRule({
  id: 'minors-representation-missing',
  title: { es: 'Datos de menores sin reglas de representación', en: 'Minors\' data without representation rules' },
  citation: { law: 'LGPDPPSO-2025', article: 7, paragraph: 'segundo' },
  confidence: 'VERIFIED',
  defaultSeverity: 'warning',
  messages: {
    missing: {
      es: 'El aviso trata datos de menores de edad («{evidence}»), pero no dice cómo consienten y ejercen sus derechos quienes los representan.',
      en: 'The notice processes minors\' data ("{evidence}") but does not say how their representatives consent and exercise their rights.',
    },
  },
  docs: {
    checks: {
      es: 'Que un aviso que trata datos de niñas, niños o adolescentes (`dataSubjects.includesMinors: true`, o palabras como «menores de edad», «pediátrico») diga cómo intervienen padres, tutores o representantes (`dataSubjects.representation`).',
      en: 'That a notice processing children\'s data (`dataSubjects.includesMinors: true`, or words like "menores de edad", "pediátrico") says how parents, guardians or representatives act (`dataSubjects.representation`).',
    },
    why: {
      es: 'El art. 7 ¶2 ordena privilegiar el interés superior de la niña, el niño y el adolescente; el consentimiento de menores sigue las reglas de representación del derecho civil (art. 14) y los derechos ARCO se ejercen por sus representantes (art. 43).',
      en: 'Art. 7 ¶2 requires giving priority to the best interest of the child; minors\' consent follows civil-law representation (art. 14) and ARCO rights are exercised by their representatives (art. 43).',
    },
    fix: {
      es: 'Agregue `dataSubjects.includesMinors: true` y `dataSubjects.representation` con quién consiente (madre, padre o tutor) y cómo acredita la representación.',
      en: 'Add `dataSubjects.includesMinors: true` and `dataSubjects.representation` saying who consents (mother, father or guardian) and how representation is proven.',
    },
  },
  check(ctx) {
    const ds = ctx.notice.dataSubjects;
    if (ds && typeof ds.representation === 'string' && ds.representation.trim()) return;
    let evidence: string | undefined;
    let pointer = '/dataSubjects';
    for (const t of ctx.facts.texts) {
      const m = MINORS.exec(t.folded);
      if (m) {
        evidence = t.text.slice(m.index, m.index + m[0].length);
        pointer = t.pointer;
        break;
      }
    }
    if (ds?.includesMinors === true) {
      evidence ??= 'includesMinors: true';
      pointer = '/dataSubjects/includesMinors';
    }
    if (!evidence) return;
    const representationElsewhere = ctx.facts.texts.some((t) => REPRESENTATION.test(t.folded) && /\bmenor/.test(t.folded));
    if (representationElsewhere) return;
    ctx.report({ messageId: 'missing', data: { evidence }, pointer, target: 'value' });
  },
});
