import { LIKELY_SENSITIVE_CATEGORIES } from '../data/keywords.js';
import { defineRule } from '../define-rule.js';
import { LIKELY_SENSITIVE_NAME, SENSITIVE_NAME } from '../shared/sensitive.js';
import { fold } from '../shared/walk.js';
import { SENSITIVE_CATEGORIES } from '../data/keywords.js';

export default defineRule({
  id: 'sensitive-data-likely-unmarked',
  title: { es: 'Dato biométrico u otro probablemente sensible no identificado', en: 'Biometric or other likely sensitive data not identified' },
  citation: { law: 'LGPDPPSO-2025', article: 3, fraction: 'X' },
  confidence: 'UNVERIFIED',
  quote:
    'X. Datos personales sensibles: Aquellos que se refieran a la esfera más íntima de su titular, o cuya utilización indebida pueda dar origen a discriminación o conlleve un riesgo grave para ésta.',
  defaultSeverity: 'warning',
  messages: {
    statedNot: {
      es: 'El aviso presenta «{name}» (dato biométrico) como no sensible; los datos biométricos suelen tratarse como sensibles porque su uso indebido puede conllevar un riesgo grave (art. 3 fr. X).',
      en: 'The notice presents "{name}" (biometric data) as not sensitive; biometric data are usually treated as sensitive because their misuse can carry a serious risk (art. 3 fr. X).',
    },
    likely: {
      es: '«{name}» («{keyword}») suele tratarse como dato sensible porque su uso indebido puede conllevar un riesgo grave (art. 3 fr. X), pero el aviso no lo identifica como sensible.',
      en: '"{name}" ("{keyword}") is usually treated as sensitive because its misuse can carry a serious risk (art. 3 fr. X), but the notice does not identify it as sensitive.',
    },
  },
  docs: {
    checks: {
      es: 'Que los datos biométricos (categoría `biometric`, o nombres como «huella dactilar», «reconocimiento facial», «iris»), la afiliación sindical, la identidad de género o la vida sexual estén identificados como sensibles (`sensitive: true`). Los datos que el art. 3 fr. X nombra expresamente los revisa `sensitive-data-unmarked`.',
      en: 'That biometric data (category `biometric`, or names such as fingerprint, facial recognition, iris), union membership, gender identity or sexual life are identified as sensitive (`sensitive: true`). Data art. 3 fr. X names expressly are checked by `sensitive-data-unmarked`.',
    },
    why: {
      es: 'El art. 3 fr. X define como sensibles, además de los que enumera de manera enunciativa, los datos cuya utilización indebida pueda dar origen a discriminación o conlleve un riesgo grave para su titular. La fracción no nombra la biometría; la práctica federal la trata como sensible, y el art. 21 fr. II exige identificar los datos sensibles. Como la clasificación es una interpretación, el hallazgo es una advertencia.',
      en: 'Art. 3 fr. X defines as sensitive, besides those it lists by way of example, the data whose misuse may lead to discrimination or carry a serious risk for the person. The fraction does not name biometrics; federal practice treats them as sensitive, and art. 21 fr. II requires identifying sensitive data. Since the classification is an interpretation, the finding is a warning.',
    },
    fix: {
      es: 'Agregue `sensitive: true` al dato y diga cómo se obtiene el consentimiento expreso y por escrito o qué excepción del art. 16 aplica. Si en su caso no es sensible (p. ej. una fotografía que no se procesa biométricamente), use la categoría `image-voice` y márquelo `sensitive: false`.',
      en: 'Add `sensitive: true` to the item and say how express written consent is obtained or which art. 16 exception applies. If in your case it is not sensitive (e.g. a photograph not processed biometrically), use category `image-voice` and mark it `sensitive: false`.',
    },
  },
  check(ctx) {
    for (const d of ctx.facts.data) {
      const category = d.value.category ?? '';
      // The author may decide a name-matched item is not sensitive (a photograph not processed
      // biometrically); an item categorised as biometric stays a finding until marked sensitive.
      if (d.value.sensitive === true || SENSITIVE_CATEGORIES.has(category)) continue;
      if (d.value.sensitive === false && !LIKELY_SENSITIVE_CATEGORIES.has(category)) continue;
      const name = String(d.value.name ?? '');
      const folded = fold(name);
      if (SENSITIVE_NAME.test(folded)) continue; // sensitive-data-unmarked's finding
      const m = LIKELY_SENSITIVE_NAME.exec(folded);
      if (LIKELY_SENSITIVE_CATEGORIES.has(category)) {
        ctx.report({ messageId: d.value.sensitive === false ? 'statedNot' : 'likely', data: { name, keyword: m?.[0] ?? category }, pointer: `${d.pointer}/category`, target: 'value' });
      } else if (m) {
        ctx.report({ messageId: 'likely', data: { name, keyword: m[0] }, pointer: `${d.pointer}/name`, target: 'value' });
      }
    }
  },
});
