import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'notice-kind-simplified-missing',
  title: { es: 'Aviso integral sin aviso simplificado', en: 'Full notice without a simplified notice' },
  citation: { law: 'LGPDPPSO-2025', article: 20, paragraph: 'segundo' },
  confidence: 'VERIFIED',
  quote: 'El aviso de privacidad deberá ser difundido por los medios electrónicos y físicos con que cuente el responsable, asimismo, deberá ponerse a disposición en su modalidad simplificada.',
  defaultSeverity: 'warning',
  messages: {
    missing: {
      es: 'El aviso es solo integral (`kind: integral`) y no dice dónde está su aviso simplificado: escriba `publication.simplifiedUrl` o `publication.simplifiedNotice`, o quite `kind` para que `notice` publique ambos.',
      en: 'The notice is full only (`kind: integral`) and does not say where its simplified notice is: write `publication.simplifiedUrl` or `publication.simplifiedNotice`, or remove `kind` so that `notice` publishes both.',
    },
  },
  docs: {
    checks: {
      es: 'Que un aviso declarado solo integral (`kind: integral`) diga dónde está su simplificado: una URL (`publication.simplifiedUrl`) u otro aviso del espacio de trabajo (`publication.simplifiedNotice`).',
      en: 'That a notice declared full only (`kind: integral`) says where its simplified notice is: a URL (`publication.simplifiedUrl`) or another notice of the workspace (`publication.simplifiedNotice`).',
    },
    why: {
      es: 'El art. 20 ¶2 dice que el aviso de privacidad «deberá ponerse a disposición en su modalidad simplificada».',
      en: 'Art. 20 ¶2 says the privacy notice "must be made available in its simplified form".',
    },
    fix: {
      es: 'Quite `kind: integral` (el par se publica desde el mismo archivo), o declare dónde está el simplificado.',
      en: 'Remove `kind: integral` (the pair is published from the same file), or state where the simplified notice is.',
    },
  },
  check(ctx) {
    if (ctx.notice.kind !== 'integral') return;
    const p = ctx.notice.publication;
    if (p && typeof p === 'object' && (p.simplifiedUrl || p.simplifiedNotice)) return;
    ctx.report({ messageId: 'missing', pointer: '/kind', target: 'value' });
  },
});
