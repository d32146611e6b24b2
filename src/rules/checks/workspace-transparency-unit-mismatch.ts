import { defineRule } from '../define-rule.js';
import { addressKey } from '../shared/address.js';
import { byController } from '../shared/controller-key.js';

export default defineRule({
  id: 'workspace-transparency-unit-mismatch',
  title: { es: 'Avisos del mismo responsable con distinta Unidad de Transparencia', en: 'Notices of one controller disagree on the Transparency Unit' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'VI' },
  confidence: 'VERIFIED',
  quote: 'VI. El domicilio de la Unidad de Transparencia;',
  defaultSeverity: 'warning',
  messages: {
    mismatch: {
      es: 'El domicilio de la Unidad de Transparencia difiere del que da {other} para el mismo responsable.',
      en: 'The Transparency Unit address differs from the one {other} gives for the same controller.',
    },
  },
  docs: {
    checks: {
      es: 'En una revisión de varios avisos, que todos los avisos del mismo responsable (misma denominación) den el mismo domicilio de la Unidad de Transparencia (calle, número y código postal).',
      en: 'Across a run of several notices, that all notices of the same controller (same name) give the same Transparency Unit address (street, number and postal code).',
    },
    why: {
      es: 'Cada responsable tiene una Unidad de Transparencia (arts. 3 fr. XXXII y 79) y el aviso debe dar su domicilio (art. 21 fr. VI). Si dos avisos del mismo responsable dan domicilios distintos, al menos uno está desactualizado y las solicitudes ARCO pueden perderse.',
      en: 'Each controller has one Transparency Unit (arts. 3 fr. XXXII and 79) and the notice must give its address (art. 21 fr. VI). If two notices of one controller disagree, at least one is out of date and ARCO requests may go astray.',
    },
    fix: { es: 'Use el mismo domicilio en todos los avisos del responsable; si de verdad hay varias sedes, silencie el hallazgo con una justificación.', en: 'Use the same address in all of the controller\'s notices; if there really are several offices, suppress the finding with a reason.' },
  },
  needs: ['controller', 'transparencyUnit'],
  checkWorkspace(ctx) {
    // A notice that states no Unit address (a simplified one need not) does not disagree with the others.
    for (const group of byController(ctx.notices.filter((n) => n.notice.transparencyUnit?.address))) {
      const first = group[0]!;
      const ref = addressKey(first.notice.transparencyUnit?.address);
      for (const item of group.slice(1)) {
        if (addressKey(item.notice.transparencyUnit?.address) !== ref) {
          ctx.report({ messageId: 'mismatch', data: { other: first.file }, file: item.file, related: [first.file], pointer: '/transparencyUnit/address' });
        }
      }
    }
  },
});
