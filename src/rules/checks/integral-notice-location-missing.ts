import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'integral-notice-location-missing',
  title: { es: 'El aviso simplificado no dice dónde consultar el integral', en: 'The simplified notice does not say where to read the full notice' },
  citation: { law: 'LGPDPPSO-2025', article: 22, paragraph: 'primero' },
  confidence: 'VERIFIED',
  quote: 'Artículo 22. El aviso de privacidad en su modalidad simplificada deberá contener la información a que se refieren las fracciones I, IV, VII y VIII del artículo anterior y señalar el sitio donde se podrá consultar el aviso de privacidad integral.',
  defaultSeverity: 'error',
  messages: {
    missing: {
      es: 'Falta `publication.integralUrl` o `publication.physicalLocation`: el aviso simplificado debe señalar el sitio donde se consulta el integral.',
      en: '`publication.integralUrl` or `publication.physicalLocation` is missing: the simplified notice must say where the full notice can be read.',
    },
  },
  docs: {
    checks: {
      es: 'Que el aviso declare dónde se consulta el aviso integral: `publication.integralUrl` (una URL estable en el dominio del responsable) o `publication.physicalLocation`. Un aviso que da el integral y el simplificado desde la misma fuente, en un espacio de trabajo con `baseUrl` (notice.config.yaml), no tiene que declararlo: `notice build` publica la página integral bajo esa URL y el simplificado la enlaza.',
      en: 'That the notice states where the full notice can be read: `publication.integralUrl` (a stable URL on the controller\'s domain) or `publication.physicalLocation`. A notice giving both the integral and the simplified notice from one source, in a workspace with a `baseUrl` (notice.config.yaml), need not state it: `notice build` publishes the integral page under that URL and the simplified one links it.',
    },
    why: {
      es: 'El art. 22 ¶1 exige que el aviso simplificado, además de las fr. I, IV, VII y VIII del art. 21, señale «el sitio donde se podrá consultar el aviso de privacidad integral»; `notice` genera siempre el simplificado (art. 20 ¶2).',
      en: 'Art. 22 ¶1 requires the simplified notice, besides fr. I, IV, VII and VIII of art. 21, to state "the place where the full privacy notice can be consulted"; `notice` always generates the simplified notice (art. 20 ¶2).',
    },
    fix: {
      es: 'Agregue `publication.integralUrl: https://www.ejemplo.gob.mx/avisos-privacidad/<id>` (no un acortador) y, si hay, `publication.physicalLocation`.',
      en: 'Add `publication.integralUrl: https://www.example.gob.mx/avisos-privacidad/<id>` (not a shortener) and, if any, `publication.physicalLocation`.',
    },
  },
  check(ctx) {
    // An integral-only source is itself the integral notice; its separate simplified one must point here.
    if (ctx.notice.kind === 'integral') return;
    const p = ctx.notice.publication;
    if (p && typeof p === 'object' && (p.integralUrl || p.physicalLocation || p.integralDocument || p.integralNotice)) return;
    // A pair built in a workspace with a base URL: the build publishes the integral page and the
    // simplified one links it by that URL, so the notice need not (and should not guess to) state it.
    if (ctx.notice.kind !== 'simplified' && ctx.baseUrl) return;
    ctx.report({ messageId: 'missing', pointer: p ? '/publication' : '' });
  },
});
