import { defineRule } from '../define-rule.js';
import { byController, channelsKey } from '../shared/controller-key.js';

export default defineRule({
  id: 'workspace-arco-channels-mismatch',
  title: { es: 'Avisos del mismo responsable con distintos medios ARCO', en: 'Notices of one controller disagree on ARCO channels' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'V' },
  confidence: 'VERIFIED',
  quote: 'V. Los mecanismos, medios y procedimientos disponibles para ejercer los derechos ARCO;',
  defaultSeverity: 'warning',
  messages: {
    mismatch: {
      es: 'Los medios para ejercer los derechos ARCO ({mine}) difieren de los que da {other} ({theirs}) para el mismo responsable.',
      en: 'The ARCO channels ({mine}) differ from those {other} gives ({theirs}) for the same controller.',
    },
  },
  docs: {
    checks: {
      es: 'En una revisión de varios avisos, que todos los avisos del mismo responsable ofrezcan los mismos medios ARCO (tipo de medio con su correo o dominio).',
      en: 'Across a run of several notices, that all notices of the same controller offer the same ARCO channels (kind with its e-mail or domain).',
    },
    why: {
      es: 'Las solicitudes ARCO se presentan ante la Unidad de Transparencia del responsable (art. 46), que es una sola. Si los avisos dan medios distintos, alguno está desactualizado (art. 21 fr. V).',
      en: 'ARCO requests are filed before the controller\'s single Transparency Unit (art. 46). If notices give different channels, one of them is out of date (art. 21 fr. V).',
    },
    fix: { es: 'Use los mismos medios en todos los avisos del responsable.', en: 'Use the same channels in all of the controller\'s notices.' },
  },
  needs: ['controller', 'rights'],
  checkWorkspace(ctx) {
    // A notice that states no ARCO channels (a simplified one need not) does not disagree with the others.
    for (const group of byController(ctx.notices.filter((n) => n.notice.rights?.channels?.length))) {
      const first = group[0]!;
      const theirs = channelsKey(first.notice.rights?.channels);
      for (const item of group.slice(1)) {
        const mine = channelsKey(item.notice.rights?.channels);
        if (mine !== theirs) {
          ctx.report({ messageId: 'mismatch', data: { mine: mine || '—', theirs: theirs || '—', other: first.file }, file: item.file, related: [first.file], pointer: '/rights/channels' });
        }
      }
    }
  },
});
