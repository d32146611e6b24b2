import { SENSITIVE_CATEGORIES, SENSITIVE_KEYWORDS_BY_CATEGORY, keywordRegex } from '../data/keywords.js';
import { defineRule } from '../define-rule.js';
import { fold } from '../shared/walk.js';

const CATEGORY_LABEL: Record<string, { es: string; en: string }> = {
  health: { es: 'salud', en: 'health' },
  genetic: { es: 'información genética', en: 'genetic information' },
  'ethnic-origin': { es: 'origen racial o étnico', en: 'racial or ethnic origin' },
  beliefs: { es: 'creencias religiosas, filosóficas o morales', en: 'religious, philosophical or moral beliefs' },
  political: { es: 'opiniones políticas', en: 'political opinions' },
  'sexual-life': { es: 'preferencia sexual', en: 'sexual preference' },
};

const BY_CATEGORY = Object.entries(SENSITIVE_KEYWORDS_BY_CATEGORY).map(([category, words]) => ({ category, re: keywordRegex(words) }));

export default defineRule({
  id: 'sensitive-data-unmarked',
  title: { es: 'Dato sensible no identificado como sensible', en: 'Sensitive data not marked as sensitive' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'II' },
  confidence: 'VERIFIED',
  quote: 'II. Los datos personales que serán sometidos a tratamiento, identificando aquéllos que son sensibles; … X. Datos personales sensibles: Aquellos que se refieran a la esfera más íntima de su titular, o cuya utilización indebida pueda dar origen a discriminación o conlleve un riesgo grave para ésta. De manera enunciativa más no limitativa, se consideran sensibles los datos personales que puedan revelar aspectos como origen racial o étnico, estado de salud presente o futuro, información genética, creencias religiosas, filosóficas y morales, opiniones políticas y preferencia sexual;',
  defaultSeverity: 'error',
  messages: {
    byCategory: {
      es: '«{name}» es un dato de {category}, que el art. 3 fr. X considera sensible, pero el aviso no lo identifica como sensible.',
      en: '"{name}" is {category} data, which art. 3 fr. X considers sensitive, but the notice does not identify it as sensitive.',
    },
    byName: {
      es: '«{name}» es un dato de {category} («{keyword}»), que el art. 3 fr. X considera sensible, pero el aviso no lo identifica como sensible.',
      en: '"{name}" is {category} data ("{keyword}"), which art. 3 fr. X considers sensitive, but the notice does not identify it as sensitive.',
    },
  },
  docs: {
    checks: {
      es: 'Que los datos que el art. 3 fr. X nombra como sensibles —origen racial o étnico, estado de salud, información genética, creencias religiosas, filosóficas y morales, opiniones políticas y preferencia sexual— estén identificados como sensibles (`sensitive: true`). Se detectan por su categoría y por palabras en el nombre (diagnóstico, expediente clínico, enfermedad, lengua indígena…). Los datos que la práctica trata como sensibles sin que la fracción los nombre (biometría) los revisa `sensitive-data-likely-unmarked`.',
      en: 'That the data art. 3 fr. X names as sensitive — racial or ethnic origin, health, genetic information, religious, philosophical and moral beliefs, political opinions and sexual preference — are identified as sensitive (`sensitive: true`). Detected by category and by words in the name. Data treated as sensitive in practice though the fraction does not name them (biometrics) are checked by `sensitive-data-likely-unmarked`.',
    },
    why: {
      es: 'El art. 21 fr. II exige identificar los datos sensibles; el art. 3 fr. X nombra, de manera enunciativa, los que pueden revelar origen racial o étnico, estado de salud presente o futuro, información genética, creencias religiosas, filosóficas y morales, opiniones políticas y preferencia sexual. Tratarlos exige consentimiento expreso y por escrito o una excepción del art. 16 (arts. 7 y 15).',
      en: 'Art. 21 fr. II requires identifying sensitive data; art. 3 fr. X names, by way of example, those that may reveal racial or ethnic origin, present or future health, genetic information, religious, philosophical and moral beliefs, political opinions and sexual preference. Processing them needs express written consent or an art. 16 exception (arts. 7 and 15).',
    },
    fix: {
      es: 'Agregue `sensitive: true` al dato (y la base en `activities[].sensitiveDataBasis`). Si de verdad no es sensible, cambie su `category` o silencie el hallazgo con una justificación.',
      en: 'Add `sensitive: true` to the item (and the basis under `activities[].sensitiveDataBasis`). If it really is not sensitive, change its `category` or suppress the finding with a reason.',
    },
  },
  check(ctx) {
    for (const d of ctx.facts.data) {
      if (d.value.sensitive === true) continue;
      const name = String(d.value.name ?? '');
      if (d.value.category !== undefined && SENSITIVE_CATEGORIES.has(d.value.category)) {
        ctx.report({ messageId: 'byCategory', data: { name, category: CATEGORY_LABEL[d.value.category]?.[ctx.lang] ?? d.value.category }, pointer: `${d.pointer}/category`, target: 'value' });
        continue;
      }
      const folded = fold(name);
      for (const { category, re } of BY_CATEGORY) {
        const m = re.exec(folded);
        if (!m) continue;
        ctx.report({ messageId: 'byName', data: { name, keyword: m[0], category: CATEGORY_LABEL[category]![ctx.lang] }, pointer: `${d.pointer}/name`, target: 'value' });
        break;
      }
    }
  },
});
