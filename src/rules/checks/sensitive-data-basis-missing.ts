import { defineRule } from '../define-rule.js';
import { looksSensitive } from '../shared/sensitive.js';

export default defineRule({
  id: 'sensitive-data-basis-missing',
  title: { es: 'Datos sensibles sin consentimiento expreso ni excepción', en: 'Sensitive data without express consent or exception' },
  citation: { law: 'LGPDPPSO-2025', article: 15, paragraph: 'cuarto' },
  confidence: 'VERIFIED',
  quote: 'Tratándose de datos personales sensibles, el responsable deberá obtener el consentimiento expreso y por escrito de la persona titular para su tratamiento, a través de su firma autógrafa, firma electrónica o cualquier mecanismo de autenticación que al efecto se establezca, salvo en los casos previstos en el artículo 16 de esta Ley.',
  defaultSeverity: 'warning',
  messages: {
    missing: {
      es: 'El tratamiento «{title}» usa datos sensibles, pero no dice cómo se obtiene el consentimiento expreso y por escrito ni qué excepción del art. 16 aplica.',
      en: 'The activity "{title}" uses sensitive data but states neither how express written consent is obtained nor which art. 16 exception applies.',
    },
    noMechanism: {
      es: 'Se invoca consentimiento expreso y por escrito, pero no se dice cómo se recaba (firma, mecanismo de autenticación).',
      en: 'Express written consent is claimed, but the notice does not say how it is obtained (signature, authentication).',
    },
    noException: {
      es: 'Se dice que no se requiere consentimiento, pero no se cita la fracción del art. 16 que lo permite.',
      en: 'Consent is said not to be required, but the art. 16 fraction that allows it is not cited.',
    },
  },
  docs: {
    checks: {
      es: 'Que cada tratamiento con datos sensibles declare `sensitiveDataBasis`: `express-written` con su `mechanism`, o `not-required` con las `exceptions` del art. 16.',
      en: 'That every activity with sensitive data declares `sensitiveDataBasis`: `express-written` with its `mechanism`, or `not-required` with the art. 16 `exceptions`.',
    },
    why: {
      es: 'Los datos sensibles no pueden tratarse sin consentimiento expreso (art. 7 ¶1), que debe ser por escrito, con firma autógrafa o electrónica o mecanismo de autenticación (art. 15 ¶4), salvo una excepción del art. 16 (p. ej. fr. VII, asistencia sanitaria).',
      en: 'Sensitive data may not be processed without express consent (art. 7 ¶1), given in writing with a signature or authentication mechanism (art. 15 ¶4), unless an art. 16 exception applies (e.g. fr. VII, health care).',
    },
    fix: {
      es: 'Agregue `sensitiveDataBasis` al tratamiento: `consent: express-written` y `mechanism`, o `consent: not-required` y `exceptions: [{ law: LGPDPPSO-2025, article: 16, fraction: VII }]`.',
      en: 'Add `sensitiveDataBasis` to the activity: `consent: express-written` and `mechanism`, or `consent: not-required` and `exceptions: [{ law: LGPDPPSO-2025, article: 16, fraction: VII }]`.',
    },
  },
  check(ctx) {
    for (const a of ctx.facts.activities) {
      const data = Array.isArray(a.value.data) ? a.value.data : [];
      if (!data.some((d) => d && typeof d === 'object' && looksSensitive(d))) continue;
      const basis = a.value.sensitiveDataBasis;
      const stated = basis && (basis.consent !== undefined || basis.mechanism || (basis.exceptions ?? []).length);
      if (!stated) {
        ctx.report({ messageId: 'missing', data: { title: a.value.title || `#${ctx.facts.activities.indexOf(a) + 1}` }, pointer: `${a.pointer}/data` });
      } else if (basis!.consent === 'express-written' && !basis!.mechanism) {
        ctx.report({ messageId: 'noMechanism', pointer: `${a.pointer}/sensitiveDataBasis` });
      } else if (basis!.consent === 'not-required' && !(basis!.exceptions ?? []).some((c) => c && (c.article === 16 || (c.law !== undefined && c.law !== 'LGPDPPSO-2025')))) {
        ctx.report({ messageId: 'noException', pointer: `${a.pointer}/sensitiveDataBasis` });
      }
    }
  },
});
