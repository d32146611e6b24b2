import { defineRule } from '../define-rule.js';
import { consentSubjects, mechanismsFor } from '../shared/refusal.js';

export default defineRule({
  id: 'refusal-mechanism-missing',
  title: { es: 'Sin medio para manifestar la negativa antes del tratamiento', en: 'No means to refuse before the processing' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'VIII' },
  confidence: 'VERIFIED',
  quote: 'VIII. Los mecanismos y medios disponibles para que la persona titular, en su caso, pueda manifestar su negativa para el tratamiento de sus datos personales para finalidades y transferencias de datos personales que requieren el consentimiento de la persona titular, y … Los mecanismos y medios a los que se refiere la fracción VIII de este artículo deberán estar disponibles para que la persona titular pueda manifestar su negativa al tratamiento de sus datos personales para las finalidades o transferencias que requieran su consentimiento, previo a que ocurra dicho tratamiento.',
  defaultSeverity: 'error',
  messages: {
    purpose: {
      es: 'La finalidad secundaria «{label}» requiere consentimiento, pero el aviso no ofrece un medio para negarse.',
      en: 'The secondary purpose "{label}" needs consent, but the notice offers no means to refuse it.',
    },
    transfer: {
      es: 'La transferencia a «{label}» requiere consentimiento, pero el aviso no ofrece un medio para negarse.',
      en: 'The transfer to "{label}" needs consent, but the notice offers no means to refuse it.',
    },
    purposeUnlinked: {
      es: 'La finalidad secundaria «{label}» requiere consentimiento, pero el aviso no dice con qué medio puede negarse a ella: los medios de negativa que ofrece se refieren a otras finalidades o transferencias.',
      en: 'The secondary purpose "{label}" needs consent, but the notice does not say by which means it can be refused: the refusal means it offers refer to other purposes or transfers.',
    },
    transferUnlinked: {
      es: 'La transferencia a «{label}» requiere consentimiento, pero el aviso no dice con qué medio puede negarse a ella: los medios de negativa que ofrece se refieren a otras finalidades o transferencias.',
      en: 'The transfer to "{label}" needs consent, but the notice does not say by which means it can be refused: the refusal means it offers refer to other purposes or transfers.',
    },
    unknownRef: {
      es: 'El mecanismo de negativa «{id}» no existe en `refusal.mechanisms`.',
      en: 'The refusal mechanism "{id}" does not exist in `refusal.mechanisms`.',
    },
    notBefore: {
      es: 'El mecanismo de negativa «{id}» no está disponible antes del tratamiento (`beforeProcessing: false`).',
      en: 'The refusal mechanism "{id}" is not available before the processing (`beforeProcessing: false`).',
    },
  },
  docs: {
    checks: {
      es: 'Que cada finalidad secundaria (salvo la estadística con datos disociados) y cada transferencia que requiere consentimiento tenga su propio mecanismo de negativa (`refusal: [id]` hacia `refusal.mechanisms`) disponible antes del tratamiento. Un mecanismo vale solo para lo que lo nombra: el de una finalidad no cubre a las demás.',
      en: 'That every secondary purpose (except statistics on de-identified data) and every consent-based transfer has its own refusal mechanism (`refusal: [id]` into `refusal.mechanisms`) available before the processing. A mechanism covers only what names it: one purpose\'s mechanism does not cover the others.',
    },
    why: {
      es: 'El art. 21 fr. VIII exige los mecanismos y medios para que la persona titular manifieste su negativa a las finalidades y transferencias que requieren su consentimiento, y el último párrafo del artículo exige que estén disponibles «previo a que ocurra dicho tratamiento».',
      en: 'Art. 21 fr. VIII requires the means for the data subject to refuse purposes and transfers that need consent, and the article\'s last paragraph requires them to be available "before the processing occurs".',
    },
    fix: {
      es: 'Agregue un mecanismo en `refusal.mechanisms` (p. ej. una casilla en el formulario o un correo antes de recabar los datos) con `beforeProcessing: true`, y cítelo desde la finalidad o la transferencia con `refusal: [id]`.',
      en: 'Add a mechanism under `refusal.mechanisms` (e.g. a tick box on the form, or an e-mail before the data are collected) with `beforeProcessing: true`, and reference it from the purpose or transfer with `refusal: [id]`.',
    },
  },
  check(ctx) {
    for (const s of consentSubjects(ctx.facts)) {
      const { found, unknown } = mechanismsFor(s, ctx.facts);
      for (const id of unknown) ctx.report({ messageId: 'unknownRef', data: { id }, pointer: `${s.pointer}/refusal` });
      const usable = found.filter((m) => m.value.beforeProcessing !== false);
      if (found.length && !usable.length) {
        for (const m of found) ctx.report({ messageId: 'notBefore', data: { id: m.value.id }, pointer: `${m.pointer}/beforeProcessing`, target: 'value' });
      } else if (!found.length && !unknown.length) {
        const messageId = ctx.facts.mechanisms.size ? (s.kind === 'purpose' ? 'purposeUnlinked' : 'transferUnlinked') : s.kind;
        ctx.report({ messageId, data: { label: s.label }, pointer: s.pointer });
      }
    }
  },
});
