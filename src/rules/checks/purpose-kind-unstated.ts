import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';

export default defineRule({
  id: 'purpose-kind-unstated',
  title: { es: 'Finalidades sin distinguir si requieren consentimiento', en: 'Purposes not distinguished by whether they need consent' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'IV' },
  confidence: 'VERIFIED',
  quote: 'IV. Las finalidades del tratamiento para las cuales se obtienen los datos personales, distinguiendo aquéllas que requieren el consentimiento de la persona titular;',
  defaultSeverity: 'error',
  messages: {
    unstated: {
      es: 'El aviso no dice si {count} finalidad(es) del tratamiento «{activity}» requieren consentimiento («{label}»…): el art. 21 fr. IV exige distinguirlas.',
      en: 'The notice does not say whether {count} purpose(s) of "{activity}" need consent ("{label}"…): art. 21 fr. IV requires distinguishing them.',
    },
  },
  docs: {
    checks: {
      es: 'Que cada finalidad esté presentada como necesaria o sin consentimiento (`type: primary`, o una excepción citada en `consentException`, o datos disociados) o como adicional o con consentimiento (`type: secondary`, `consentMechanism` o un medio de negativa en `refusal`). Se informa una vez por tratamiento, en la primera finalidad sin distinguir. Una finalidad sin `type` es un hecho que el aviso no dice: las reglas de negativa y de consentimiento no la juzgan, esta regla señala la falta.',
      en: 'That every purpose is presented as necessary or without consent (`type: primary`, a cited `consentException`, or dissociated data) or as additional or with consent (`type: secondary`, `consentMechanism` or a refusal means in `refusal`). Reported once per activity, at the first undistinguished purpose. A purpose without `type` is a fact the notice does not state: the refusal and consent rules do not judge it; this rule reports the gap.',
    },
    why: {
      es: 'El art. 21 fr. IV exige informar las finalidades «distinguiendo aquéllas que requieren el consentimiento de la persona titular». Sin esa distinción la persona no sabe a qué puede negarse (fr. VIII).',
      en: 'Art. 21 fr. IV requires stating the purposes "distinguishing those that require the data subject\'s consent". Without it people do not know what they may refuse (fr. VIII).',
    },
    fix: { es: 'Diga para cada finalidad si requiere consentimiento (y transcríbalo con `type`), o agrupe las finalidades en «no requieren su consentimiento» y «requieren su consentimiento».', en: 'Say for each purpose whether it needs consent (and transcribe it with `type`), or group the purposes into those that do and those that do not.' },
  },
  check(ctx) {
    ctx.facts.activities.forEach((a, index) => {
      // A purpose that cites a consent exception, says how consent is obtained or names its refusal
      // means is distinguished, even without `type`.
      const unstated = ctx.facts.purposes.filter(
        (p) => p.activity === index && p.value.type === undefined && !(p.value.consentException ?? []).length && !p.value.consentMechanism && !(p.value.refusal ?? []).length && !p.value.deidentified,
      );
      if (!unstated.length) return;
      const first = unstated[0]!;
      const title = typeof a.value.title === 'string' && a.value.title ? a.value.title : `#${index + 1}`;
      ctx.report({ messageId: 'unstated', data: { count: unstated.length, activity: short(title), label: short(first.value.text, 50) }, pointer: first.pointer });
    });
  },
});
