import { defineRule } from '../define-rule.js';
import { hostOf, siteOf } from '../shared/domain.js';

export default defineRule({
  id: 'integral-url-off-domain',
  title: { es: 'El aviso integral se publica fuera del dominio del responsable', en: 'The full notice is published off the controller\'s domain' },
  citation: { law: 'LGPDPPSO-2025', article: 22, paragraph: 'primero' },
  confidence: 'UNVERIFIED',
  defaultSeverity: 'info',
  messages: {
    offDomain: {
      es: 'La dirección del aviso integral ({host}) no está en el dominio del responsable ({site}).',
      en: 'The full notice address ({host}) is not on the controller\'s domain ({site}).',
    },
  },
  docs: {
    checks: {
      es: 'Que `publication.integralUrl` esté en el mismo sitio que `controller.website` (p. ej. salud.ejemplo.gob.mx y www.ejemplo.gob.mx comparten ejemplo.gob.mx). Solo se revisa si el aviso declara `controller.website`.',
      en: 'That `publication.integralUrl` is on the same site as `controller.website` (e.g. salud.ejemplo.gob.mx and www.ejemplo.gob.mx share ejemplo.gob.mx). Checked only when the notice declares `controller.website`.',
    },
    why: {
      es: 'El simplificado debe señalar «el sitio donde se podrá consultar el aviso de privacidad integral» (art. 22 ¶1). Un sitio ajeno (repositorio de documentos, red social, nube) puede cambiar o desaparecer sin control del responsable, y la persona no puede reconocer que es oficial. La exigencia de dominio propio es práctica recomendada, no texto de la ley: por eso es una nota. El portal único www.gob.mx cuenta como sitio propio de cualquier dependencia .gob.mx.',
      en: 'The simplified notice must state "the place where the full privacy notice can be consulted" (art. 22 ¶1). A third-party site (document host, social network, cloud drive) may change or vanish beyond the controller\'s control, and readers cannot tell it is official. The own-domain requirement is good practice, not the law\'s text: hence an info note. The single federal portal www.gob.mx counts as the site of any .gob.mx body.',
    },
    fix: { es: 'Publique el aviso integral en el portal del responsable y ponga esa dirección en `publication.integralUrl`.', en: 'Publish the full notice on the controller\'s portal and put that address in `publication.integralUrl`.' },
  },
  check(ctx) {
    const url = ctx.notice.publication?.integralUrl;
    const website = ctx.notice.controller?.website;
    if (typeof url !== 'string' || typeof website !== 'string') return;
    const host = hostOf(url);
    const site = siteOf(hostOf(website));
    if (!host || !site) return;
    // www.gob.mx is the federal government's single portal: every .gob.mx body publishes there.
    if (/^(?:www\.)?gob\.mx$/.test(host) && /\.gob\.mx$/.test(site)) return;
    if (siteOf(host) !== site) ctx.report({ messageId: 'offDomain', data: { host, site }, pointer: '/publication/integralUrl', target: 'value' });
  },
});
