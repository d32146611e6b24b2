import { defineRule } from '../define-rule.js';
import { isDeidentified, short } from '../shared/refusal.js';
import { SENSITIVE_NAME, looksSensitive } from '../shared/sensitive.js';
import { fold } from '../shared/walk.js';

/** Express, written consent: a signature, a written form, an authentication mechanism, an opt-in. */
const EXPRESS = /\bfirma|\bpor escrito\b|\bescrit[oa]\b|\bconsentimiento expreso\b|\bexpresamente\b|\bautentica|\bacept\w* (?:expresamente|por escrito)|\bcasilla (?:para|de) (?:aceptar|autorizar|consentir)|\bautoriza\w* (?:por escrito|expresamente)/;
const TACIT = /\btacit|\bse entendera que (?:acepta|consiente|otorga)|\bsi no (?:manifiesta|se opone|expresa)/;

export default defineRule({
  id: 'sensitive-data-secondary-opt-out',
  title: { es: 'Datos sensibles para una finalidad secundaria con solo un medio para negarse', en: 'Sensitive data for a secondary purpose with only an opt-out' },
  citation: { law: 'LGPDPPSO-2025', article: 15, paragraph: 'cuarto' },
  confidence: 'VERIFIED',
  quote:
    'Tratándose de datos personales sensibles, el responsable deberá obtener el consentimiento expreso y por escrito de la persona titular para su tratamiento, a través de su firma autógrafa, firma electrónica o cualquier mecanismo de autenticación que al efecto se establezca, salvo en los casos previstos en el artículo 16 de esta Ley. … El consentimiento será tácito cuando habiéndose puesto a disposición de la persona titular el aviso de privacidad, ésta no manifieste su voluntad en sentido contrario.',
  defaultSeverity: 'warning',
  messages: {
    optOut: {
      es: 'La finalidad secundaria «{label}» usa datos sensibles («{data}») y el aviso solo ofrece un medio para negarse: para datos sensibles el consentimiento debe ser expreso y por escrito (firma o mecanismo de autenticación), no la falta de negativa.',
      en: 'The secondary purpose "{label}" uses sensitive data ("{data}") and the notice only offers a way to refuse: sensitive data need express written consent (signature or authentication), not the absence of a refusal.',
    },
  },
  docs: {
    checks: {
      es: 'Que una finalidad secundaria que usa datos sensibles (los que cita en `data`, o que nombra en su texto) diga cómo se obtiene el consentimiento expreso y por escrito (`consentMechanism`: firma, formato, mecanismo de autenticación, casilla para aceptar), y no dependa solo de un medio para negarse, que es consentimiento tácito. Si el aviso no dice qué datos usa la finalidad, no se revisa.',
      en: 'That a secondary purpose using sensitive data (those it cites in `data`, or names in its text) says how express written consent is obtained (`consentMechanism`: signature, form, authentication, an opt-in box), and does not rely only on a way to refuse, which is tacit consent. If the notice does not say which data the purpose uses, it is not checked.',
    },
    why: {
      es: 'El consentimiento es tácito cuando, puesto a disposición el aviso, la persona no se opone (art. 15 ¶2); un medio para negarse es eso. Para datos sensibles el art. 15 ¶4 exige consentimiento expreso y por escrito, con firma autógrafa, firma electrónica o un mecanismo de autenticación, salvo una excepción del art. 16, que una finalidad secundaria por definición no tiene.',
      en: 'Consent is tacit when, the notice having been made available, the person does not object (art. 15 ¶2); a way to refuse is just that. For sensitive data art. 15 ¶4 requires express written consent, by signature or authentication, unless an art. 16 exception applies, which a secondary purpose by definition lacks.',
    },
    fix: {
      es: 'Pida el consentimiento expreso y por escrito para esa finalidad (una casilla que la persona marca para aceptar, una firma) y descríbalo en `consentMechanism`; o deje de usar datos sensibles para ella.',
      en: 'Ask for express written consent for that purpose (a box the person ticks to accept, a signature) and describe it in `consentMechanism`; or stop using sensitive data for it.',
    },
  },
  check(ctx) {
    const byId = new Map(ctx.facts.data.filter((d) => typeof d.value.id === 'string').map((d) => [d.value.id!, d]));
    for (const p of ctx.facts.purposes) {
      if (p.value.type !== 'secondary' || isDeidentified(p.value)) continue;
      const used = (p.value.data ?? []).map((id) => byId.get(id)).filter((d) => d && looksSensitive(d.value));
      const named = SENSITIVE_NAME.exec(fold(String(p.value.text ?? '')));
      if (!used.length && !named) continue;
      const mechanism = fold(String(p.value.consentMechanism ?? ''));
      if (mechanism && EXPRESS.test(mechanism) && !TACIT.test(mechanism)) continue;
      const data = used.length ? used.map((d) => String(d!.value.name ?? '')).join(', ') : named![0];
      ctx.report({ messageId: 'optOut', data: { label: short(p.value.text), data: short(data) }, pointer: p.pointer });
    }
  },
});
