import { SENSITIVE_CATEGORIES, SENSITIVE_KEYWORDS, keywordRegex } from '../data/keywords.js';
import { defineRule } from '../define-rule.js';
import { fold } from '../shared/walk.js';

const SENSITIVE_NAME = keywordRegex(SENSITIVE_KEYWORDS);

export default defineRule({
  id: 'sensitive-data-unmarked',
  title: { es: 'Dato sensible no identificado como sensible', en: 'Sensitive data not marked as sensitive' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'II' },
  confidence: 'VERIFIED',
  defaultSeverity: 'error',
  messages: {
    byCategory: {
      es: '«{name}» es de categoría {category}, que es sensible (art. 3 fr. X), pero no está marcado `sensitive: true`.',
      en: '"{name}" has category {category}, which is sensitive (art. 3 fr. X), but is not marked `sensitive: true`.',
    },
    byName: {
      es: '«{name}» parece un dato sensible («{keyword}»: salud, biometría, creencias…), pero no está marcado `sensitive: true`.',
      en: '"{name}" looks like sensitive data ("{keyword}": health, biometrics, beliefs…) but is not marked `sensitive: true`.',
    },
  },
  docs: {
    checks: {
      es: 'Que los datos de salud, biométricos, genéticos, de origen étnico, creencias, opiniones políticas o vida sexual estén marcados `sensitive: true`. Se detectan por su categoría y por palabras en el nombre (diagnóstico, expediente clínico, biometría, rostro, huella…).',
      en: 'That health, biometric, genetic, ethnic-origin, belief, political or sexual-life data are marked `sensitive: true`. Detected by category and by words in the name (diagnóstico, expediente clínico, biometría, rostro, huella…).',
    },
    why: {
      es: 'El art. 21 fr. II exige identificar los datos sensibles; el art. 3 fr. X los define (estado de salud, información genética, origen étnico, creencias, opiniones políticas, preferencia sexual). La biometría facial o dactilar se trata como sensible en la práctica federal. Tratarlos exige consentimiento expreso y por escrito o una excepción del art. 16 (arts. 7 y 15).',
      en: 'Art. 21 fr. II requires identifying sensitive data; art. 3 fr. X defines them. Facial or fingerprint biometrics are treated as sensitive in federal practice. Processing them needs express written consent or an art. 16 exception (arts. 7 and 15).',
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
        ctx.report({ messageId: 'byCategory', data: { name, category: d.value.category }, pointer: `${d.pointer}/category`, target: 'value' });
        continue;
      }
      const m = SENSITIVE_NAME.exec(fold(name));
      if (m) ctx.report({ messageId: 'byName', data: { name, keyword: m[0] }, pointer: `${d.pointer}/name`, target: 'value' });
    }
  },
});
