import { defineRule } from '../define-rule.js';

/** Extensions of files that are downloaded and opened with another program, not read as a page. */
const DOCUMENT = /\.(pdf|docx?|odt|rtf|xlsx?)(?:[?#].*)?$/i;

export default defineRule({
  id: 'notice-kind-integral-document-only',
  title: { es: 'El aviso integral solo está como documento descargable', en: 'The full notice is only a downloadable document' },
  citation: { law: 'LGPDPPSO-2025', article: 22, paragraph: 'segundo' },
  confidence: 'VERIFIED',
  quote: 'La puesta a disposición del aviso de privacidad a que refiere este artículo no exime al responsable de su obligación de proveer los mecanismos para que la persona titular pueda conocer el contenido integral del aviso de privacidad.',
  defaultSeverity: 'warning',
  messages: {
    documentOnly: {
      es: 'El aviso integral solo se ofrece como documento descargable ({url}), sin una página web: quien lo consulte debe descargarlo y abrirlo con otro programa, lo que no siempre es posible en un teléfono.',
      en: 'The full notice is only offered as a downloadable document ({url}), with no web page: readers must download it and open it with another program, which is not always possible on a phone.',
    },
  },
  docs: {
    checks: {
      es: 'Que el aviso integral no se ofrezca únicamente como archivo descargable (PDF, Word…): `publication.integralDocument` sin `integralUrl` ni `integralNotice`, o un `integralUrl` que apunta a un archivo.',
      en: 'That the full notice is not offered only as a downloadable file (PDF, Word…): `publication.integralDocument` with no `integralUrl` or `integralNotice`, or an `integralUrl` that points at a file.',
    },
    why: {
      es: 'El art. 22 ¶2 dice que el aviso simplificado «no exime al responsable de su obligación de proveer los mecanismos para que la persona titular pueda conocer el contenido integral del aviso». Un documento que hay que descargar no tiene versión web: no siempre se abre en un teléfono, no se puede enlazar a una sección y sus copias descargadas no se actualizan. Es un riesgo, no una omisión: la ley admite el aviso «en cualquier formato» (art. 3 fr. III).',
      en: 'Art. 22 ¶2 says the simplified notice "does not exempt the controller from its obligation to provide the means for the data subject to know the full content of the notice". A document that must be downloaded has no web version: it does not always open on a phone, sections cannot be linked, and downloaded copies are not updated. It is a risk, not an omission: the law accepts the notice "in any format" (art. 3 fr. III).',
    },
    fix: {
      es: 'Publique también el aviso integral como página web (por ejemplo, el que genera `notice build`) y escriba su dirección en `publication.integralUrl`.',
      en: 'Also publish the full notice as a web page (for example the one `notice build` generates) and write its address in `publication.integralUrl`.',
    },
  },
  check(ctx) {
    const p = ctx.notice.publication;
    if (!p || typeof p !== 'object') return;
    if (typeof p.integralUrl === 'string' && DOCUMENT.test(p.integralUrl)) {
      ctx.report({ messageId: 'documentOnly', data: { url: p.integralUrl }, pointer: '/publication/integralUrl', target: 'value' });
      return;
    }
    // A pair or integral source is itself the integral notice: its web page is what `notice` builds.
    if (ctx.notice.kind !== 'simplified') return;
    if (p.integralDocument && typeof p.integralDocument.url === 'string' && !p.integralUrl && !p.integralNotice) {
      ctx.report({ messageId: 'documentOnly', data: { url: p.integralDocument.url }, pointer: '/publication/integralDocument' });
    }
  },
});
