import { defineRule } from '../define-rule.js';
import { short } from '../shared/refusal.js';
import { fold } from '../shared/walk.js';

const SALVO = /\bsalvo\b|\bexcepto\b|\bcon excepcion\b/;
const ARTICLE_CITED = /\bart(?:iculo|\.)s?\s+\d/;

export default defineRule({
  id: 'transfer-exception-unnamed',
  title: { es: 'Excepción de transferencia sin fundamento', en: 'Transfer exception without a legal basis' },
  citation: { law: 'LGPDPPSO-2025', article: 64 },
  confidence: 'VERIFIED',
  quote: 'Artículo 64. El responsable podrá realizar transferencias de datos personales sin necesidad de requerir el consentimiento de la persona titular, en los siguientes supuestos:',
  defaultSeverity: 'info',
  messages: {
    exception: {
      es: 'La excepción «{label}» no cita el artículo y la fracción que la permiten (arts. 16, 60 o 64).',
      en: 'The exception "{label}" does not cite the article and fraction that allow it (arts. 16, 60 or 64).',
    },
    statement: {
      es: 'La declaración de transferencias dice «salvo…» pero no enumera las excepciones ni su fundamento.',
      en: 'The transfers statement says "salvo…" (except) but neither lists the exceptions nor their basis.',
    },
  },
  docs: {
    checks: {
      es: 'Que cada excepción de `transfers.exceptions` tenga `citations` (art. 16, 60 o 64 con fracción), y que una declaración «no se realizan transferencias, salvo…» enumere sus excepciones.',
      en: 'That every entry of `transfers.exceptions` has `citations` (art. 16, 60 or 64 with fraction), and that a "no transfers, except…" statement lists its exceptions.',
    },
    why: {
      es: 'Las transferencias sin consentimiento solo caben en los supuestos de los arts. 16, 60 y 64 (art. 59). Decir «salvo las necesarias para atender requerimientos de autoridad» sin fundamento no permite saber qué supuesto se invoca (p. ej. art. 64 fr. I, III o IV).',
      en: 'Transfers without consent are allowed only under arts. 16, 60 and 64 (art. 59). Saying "except those needed for authority requests" with no basis does not say which case applies (e.g. art. 64 fr. I, III or IV).',
    },
    fix: { es: 'Agregue `citations: [{ law: LGPDPPSO-2025, article: 64, fraction: III }]` (o la que corresponda) a cada excepción.', en: 'Add `citations: [{ law: LGPDPPSO-2025, article: 64, fraction: III }]` (or the relevant one) to each exception.' },
  },
  check(ctx) {
    const tr = ctx.notice.transfers;
    if (!tr || typeof tr !== 'object') return;
    const exceptions = tr.exceptions ?? [];
    exceptions.forEach((e, i) => {
      if (!e || (e.citations ?? []).length || ARTICLE_CITED.test(fold(String(e.description ?? '')))) return;
      ctx.report({ messageId: 'exception', data: { label: short(e.description) }, pointer: `/transfers/exceptions/${i}` });
    });
    if (!exceptions.length && typeof tr.statement === 'string') {
      const s = fold(tr.statement);
      if (SALVO.test(s) && !ARTICLE_CITED.test(s)) ctx.report({ messageId: 'statement', pointer: '/transfers/statement', target: 'value' });
    }
  },
});
