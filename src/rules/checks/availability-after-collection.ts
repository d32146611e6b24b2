import { defineRule } from '../define-rule.js';
import { atCollectionOf } from '../shared/stated.js';
import { fold } from '../shared/walk.js';

/** "Se entrega al concluir el trámite", "una vez recabados sus datos", "posteriormente". */
const AFTER = /\b(?:despues de (?:recabar|que se recab|haber recabado|concluir|realizar)|posterior(?:mente)? a (?:la recoleccion|la obtencion|que se recab|recabar)|una vez (?:que se (?:hayan )?recabado|recabados|obtenidos|concluido|concluida)|al (?:concluir|terminar|finalizar) (?:el|la) (?:tramite|registro|atencion|solicitud)|a solicitud de la persona)\b/;

export default defineRule({
  id: 'availability-after-collection',
  title: { es: 'El aviso se pone a disposición después de recabar los datos', en: 'The notice is made available after the data are collected' },
  citation: { law: 'LGPDPPSO-2025', article: 3, fraction: 'III' },
  confidence: 'VERIFIED',
  quote:
    'III. Aviso de privacidad: Documento a disposición de la persona titular de la información de forma física, electrónica o en cualquier formato generado por el responsable, a partir del momento en el cual se recaben sus datos personales, con el objeto de informarle los propósitos del tratamiento de los mismos; … III. Informada: Que la persona titular tenga conocimiento del aviso de privacidad previo al tratamiento a que serán sometidos sus datos personales.',
  defaultSeverity: 'warning',
  messages: {
    after: {
      es: 'El aviso dice que se pone a disposición «{phrase}»; debe estar a disposición a partir del momento en que se recaban los datos (art. 3 fr. III) y conocerse antes del tratamiento (art. 14 fr. III).',
      en: 'The notice says it is made available "{phrase}"; it must be available from the moment the data are collected (art. 3 fr. III) and known before the processing (art. 14 fr. III).',
    },
  },
  docs: {
    checks: {
      es: 'Que lo que el aviso dice sobre cómo se pone a disposición al recabar los datos (`publication.atCollection`) no lo deje para después: «al concluir el trámite», «una vez recabados sus datos», «a solicitud de la persona». Si el aviso no dice nada al respecto, no se revisa: es una obligación de puesta a disposición, no un elemento del art. 21.',
      en: 'That what the notice says about how it is made available when data are collected (`publication.atCollection`) does not defer it: "after the procedure", "once your data are collected", "on request". If the notice says nothing about it, it is not checked: it is a duty of availability, not an art. 21 element.',
    },
    why: {
      es: 'El aviso de privacidad es un documento a disposición de la persona «a partir del momento en el cual se recaben sus datos personales» (art. 3 fr. III), para informarle antes del tratamiento (art. 20 ¶1); el consentimiento solo es informado si la persona conoce el aviso antes del tratamiento (art. 14 fr. III).',
      en: 'The privacy notice is a document available to the person "from the moment their personal data are collected" (art. 3 fr. III), to inform them before the processing (art. 20 ¶1); consent is informed only if the person knows the notice before the processing (art. 14 fr. III).',
    },
    fix: { es: 'Ponga el aviso (al menos el simplificado) a disposición en el formulario, la ventanilla o la pantalla donde se recaban los datos, antes de recabarlos.', en: 'Make the notice (at least the simplified one) available on the form, desk or screen where the data are collected, before collecting them.' },
  },
  check(ctx) {
    const at = atCollectionOf(ctx.notice);
    if (!at || at.timing === 'before-collection' || at.timing === 'at-collection' || typeof at.text !== 'string') return;
    const folded = fold(at.text);
    const m = AFTER.exec(folded);
    if (!m) return;
    const safe = folded.length === at.text.length;
    ctx.report({ messageId: 'after', data: { phrase: safe ? at.text.slice(m.index, m.index + m[0].length) : m[0] }, pointer: '/publication/atCollection/text', target: 'value', ...(safe ? { span: [m.index, m.index + m[0].length] as const } : {}) });
  },
});
