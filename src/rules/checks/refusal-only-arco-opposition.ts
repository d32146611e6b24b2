import { defineRule } from '../define-rule.js';
import { consentSubjects, mechanismsFor } from '../shared/refusal.js';

export default defineRule({
  id: 'refusal-only-arco-opposition',
  title: { es: 'Negativa solo mediante el derecho de oposición ARCO', en: 'Refusal only through the ARCO opposition procedure' },
  citation: { law: 'LGPDPPSO-2025', article: 21, paragraph: 'último' },
  confidence: 'VERIFIED',
  quote: 'Los mecanismos y medios a los que se refiere la fracción VIII de este artículo deberán estar disponibles para que la persona titular pueda manifestar su negativa al tratamiento de sus datos personales para las finalidades o transferencias que requieran su consentimiento, previo a que ocurra dicho tratamiento.',
  defaultSeverity: 'warning',
  messages: {
    arcoOnly: {
      es: 'Para negarse a «{label}» solo se ofrece el procedimiento ARCO de oposición, que tarda hasta 20 días; la negativa debe poder manifestarse antes del tratamiento.',
      en: 'The only way to refuse "{label}" is the ARCO opposition procedure, which takes up to 20 days; refusal must be possible before the processing.',
    },
  },
  docs: {
    checks: {
      es: 'Que la negativa a una finalidad secundaria o a una transferencia con consentimiento no dependa solo del procedimiento formal de oposición ARCO (`viaArcoOpposition: true`).',
      en: 'That refusing a secondary purpose or consent-based transfer does not depend only on the formal ARCO opposition procedure (`viaArcoOpposition: true`).',
    },
    why: {
      es: 'El último párrafo del art. 21 exige que los medios de negativa estén disponibles «previo a que ocurra dicho tratamiento». Una solicitud de oposición se responde hasta en 20 días (art. 45): para entonces los datos ya se trataron.',
      en: 'The last paragraph of art. 21 requires the refusal means to be available "before the processing occurs". An opposition request may take up to 20 days to answer (art. 45): by then the data have been processed.',
    },
    fix: {
      es: 'Ofrezca un medio inmediato (casilla en el formulario, opción en la aplicación, correo) antes de recabar los datos, con `beforeProcessing: true`; puede conservar la vía ARCO como alternativa.',
      en: 'Offer an immediate means (a tick box on the form, an option in the app, an e-mail) before collecting the data, with `beforeProcessing: true`; the ARCO route may remain as an alternative.',
    },
  },
  check(ctx) {
    for (const s of consentSubjects(ctx.facts)) {
      const { found } = mechanismsFor(s, ctx.facts);
      if (found.length && found.every((m) => m.value.viaArcoOpposition === true)) {
        ctx.report({ messageId: 'arcoOnly', data: { label: s.label }, pointer: found[0]!.pointer });
      }
    }
  },
});
