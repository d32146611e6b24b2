import type { Notice } from '../../model/notice.js';
import type { NoticeLocations } from '../document.js';
import type { Block, Section } from '../document.js';
import { SECTION_IDS, SECTION_TITLES, activityHeading } from './labels.js';
import { say, sayWith } from './generated.js';
import { link, para, t } from './inline.js';
import { controllerFacts, controllerSection } from './controller.js';
import { atCollectionBlocks, changesOnly, cookiesSection, extraSections, integralDocumentSentence, legalBasisSection } from './misc.js';
import { activityBlocks } from './data.js';
import { rightsSection } from './rights.js';
import { purposeBlocks } from './purposes.js';
import { refusalSection } from './refusal.js';
import { simplifiedTransfersSection } from './transfers.js';

/**
 * Art. 22 ¶1: «el sitio donde se podrá consultar el aviso de privacidad integral». Only real
 * locations: a URL (stated, or where this build publishes the integral page), a downloadable
 * document, a physical place. With none of them the section is left out and a rule reports it.
 */
function integralLocation(n: Notice, loc: NoticeLocations): Block[] {
  const pub = n.publication;
  const where: Block[] = [];
  if (loc.integralUrl) where.push(para(...sayWith('integralAt', 'url', link(loc.integralUrl))));
  if (pub?.integralDocument) where.push(para(...integralDocumentSentence(pub.integralDocument)));
  if (pub?.physicalLocation) where.push(para(t(say('integralPlace', { place: pub.physicalLocation }))));
  return where;
}

/** Art. 22: fr. I (denominación and domicilio), IV, VII, VIII, and where to read the integral notice. */
export function simplifiedSections(n: Notice, loc: NoticeLocations): Section[] {
  const purposes: Block[] = [];
  const total = n.activities.length;
  const own = n.kind === 'simplified';
  n.activities.forEach((a, i) => {
    // A source that is itself a simplified notice: everything it says of the activity is published
    // (description, channels, data…). The refusal section follows at once: no callout here.
    if (own) {
      purposes.push(...activityBlocks(n, a, i, total, 'finalidades', false));
      return;
    }
    const heading = activityHeading(a, i, total);
    if (heading) purposes.push({ kind: 'heading', level: 3, text: heading, id: `finalidades-${i + 1}` });
    purposes.push(...purposeBlocks(n, a, heading ? 4 : 3, false));
  });
  // Inside the integral page built here the ARCO section has an anchor; elsewhere, only the page.
  const integralPage = loc.integralUrl ?? loc.integralHref;
  const builtHere = n.kind === undefined || n.kind === 'pair' || Boolean(n.publication?.integralNotice);
  const rights = integralPage
    ? {
        href: builtHere ? `${integralPage}#${SECTION_IDS.rights}` : integralPage,
        label: builtHere ? `«${SECTION_TITLES.rights}», en el aviso de privacidad integral` : 'el aviso de privacidad integral',
      }
    : undefined;
  const where = integralLocation(n, loc);
  const sections: (Section | undefined)[] = [
    own ? controllerSection(n) : { id: SECTION_IDS.controller, title: SECTION_TITLES.controller, blocks: [controllerFacts(n, false)] },
    { id: SECTION_IDS.purposes, title: SECTION_TITLES.purposes, blocks: purposes },
    simplifiedTransfersSection(n),
    refusalSection(n, rights),
    where.length ? { id: SECTION_IDS.integral, title: SECTION_TITLES.integral, blocks: [...where, ...atCollectionBlocks(n)] } : undefined,
  ];
  const available = atCollectionBlocks(n);
  if (!where.length && available.length) sections.push({ id: SECTION_IDS.availability, title: SECTION_TITLES.availability, blocks: available });
  // Whatever else a simplified source states (legal basis, ARCO rights, cookies…) is published too.
  if (n.kind === 'simplified') {
    const extra = [legalBasisSection(n), rightsSection(n), cookiesSection(n)];
    const taken = new Set<string>(Object.values(SECTION_IDS));
    const rest = [...extra.filter((s): s is Section => s !== undefined), ...extraSections(n, taken)];
    const changes = n.changes ? changesOnly(n) : undefined;
    sections.splice(sections.length - (where.length ? 1 : 0), 0, ...rest, ...(changes ? [changes] : []));
  }
  return sections.filter((s): s is Section => s !== undefined);
}
