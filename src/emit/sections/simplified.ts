import type { Notice } from '../../model/notice.js';
import type { Block, Section } from '../document.js';
import { SECTION_IDS, SECTION_TITLES, activityHeading } from './labels.js';
import { link, para, t } from './inline.js';
import { controllerFacts } from './controller.js';
import { purposeBlocks } from './purposes.js';
import { refusalSection } from './refusal.js';
import { simplifiedTransfersSection } from './transfers.js';

/** Art. 22: fr. I (denominación and domicilio), IV, VII, VIII, and where to read the integral notice. */
export function simplifiedSections(n: Notice, integral: { url?: string; relative: string }): Section[] {
  const purposes: Block[] = [];
  const total = n.activities.length;
  n.activities.forEach((a, i) => {
    purposes.push({ kind: 'heading', level: 3, text: activityHeading(a, i, total), id: `finalidades-${i + 1}` });
    // The refusal section follows at once; a callout here would repeat it in a short notice.
    purposes.push(...purposeBlocks(n, a, 4, false));
  });
  const where: Block[] = [];
  if (integral.url) where.push(para(t('Consulte el aviso de privacidad integral en '), link(integral.url), t('.')));
  else where.push(para(link(integral.relative, 'Consultar el aviso de privacidad integral')));
  if (n.publication?.physicalLocation) where.push(para(t(`También puede consultarlo en: ${n.publication.physicalLocation}.`)));
  return [
    { id: SECTION_IDS.controller, title: SECTION_TITLES.controller, blocks: [controllerFacts(n, false)] },
    { id: SECTION_IDS.purposes, title: SECTION_TITLES.purposes, blocks: purposes },
    simplifiedTransfersSection(n),
    refusalSection(n),
    { id: SECTION_IDS.integral, title: SECTION_TITLES.integral, blocks: where },
  ];
}
