import type { LegalBasis } from '../../model/notice.js';
import { defineRule } from '../define-rule.js';
import { fold } from '../shared/walk.js';

/** Instruments that grant attributions: organic or sectoral laws, internal regulations, statutes. */
const ATTRIBUTION_TEXT = /\b(?:ley organica|reglamento interior|estatuto organico|ley del seguro social|ley general de salud|ley general de educacion|ley de (?!proteccion de datos|transparencia)[a-z ]+|ley federal (?!de proteccion de datos|de transparencia)[a-z ]+|ley general (?!de proteccion de datos|de transparencia)[a-z ]+|reglamento (?!de la ley general de proteccion)[a-z ]+|decreto (?:de creacion|por el que se crea))\b/;

/** Kinds of instrument that can grant a public body its attributions (a manual or a NOM cannot). */
const ATTRIBUTION_KINDS = new Set(['general-law', 'federal-law', 'state-law', 'regulation', 'internal-regulation', 'decree', 'agreement', 'treaty']);
const DATA_PROTECTION_LAW = /proteccion de datos|transparencia/;

export default defineRule({
  id: 'legal-basis-no-attribution',
  title: { es: 'Fundamento legal sin norma de atribución', en: 'Legal basis without an attribution norm' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'III' },
  confidence: 'VERIFIED',
  quote: 'III. El fundamento legal que faculta al responsable para llevar a cabo el tratamiento;',
  defaultSeverity: 'error',
  messages: {
    onlyDataProtection: {
      es: 'El fundamento solo cita disposiciones de protección de datos; falta la norma que da al responsable la atribución para tratar los datos (ley orgánica, reglamento interior, ley sectorial).',
      en: 'The legal basis cites only data-protection provisions; the norm that gives the controller the attribution to process the data (organic law, internal regulation, sectoral law) is missing.',
    },
  },
  docs: {
    checks: {
      es: 'Que el fundamento legal cite al menos una norma de atribución del responsable (`legalBasis.attribution`, o en el texto una ley orgánica, un reglamento interior, un estatuto orgánico o una ley sectorial), y no solo la LGPDPPSO o la Constitución.',
      en: 'That the legal basis cites at least one attribution norm of the controller (`legalBasis.attribution`, or in the text an organic law, internal regulation, statute or sectoral law), not only the LGPDPPSO or the Constitution.',
    },
    why: {
      es: 'El art. 21 fr. III pide «el fundamento legal que faculta al responsable para llevar a cabo el tratamiento». Los arts. 11 y 12 sujetan el tratamiento a las facultades o atribuciones del responsable: la ley de datos dice cómo tratar, no quién está facultado. Un manual o una NOM describen funciones o criterios técnicos; la atribución la da una ley, un reglamento o un estatuto.',
      en: 'Art. 21 fr. III asks for "the legal basis that empowers the controller to carry out the processing". Arts. 11 and 12 tie processing to the controller\'s attributions: the data-protection law says how to process, not who is empowered. A manual or an official standard (NOM) describes functions or technical criteria; the attribution comes from a law, a regulation or a statute.',
    },
    fix: {
      es: 'Agregue en `legalBasis.attribution` la ley orgánica, el reglamento interior o la ley sectorial, con los artículos que dan la atribución, y mencione esos artículos en `legalBasis.text`.',
      en: 'Add the organic law, internal regulation or sectoral law under `legalBasis.attribution`, with the articles that grant the attribution, and mention them in `legalBasis.text`.',
    },
  },
  check(ctx) {
    const lb = ctx.notice.legalBasis;
    if (!lb || typeof lb !== 'object') return;
    // An activity may carry its own legal basis (e.g. one notice for several services).
    const bases: LegalBasis[] = [lb, ...ctx.facts.activities.map((a) => a.value.legalBasis).filter((b): b is LegalBasis => Boolean(b))];
    for (const b of bases) {
      const structured = [...(b.attribution ?? []), ...(b.other ?? [])].some(
        (i) => i && ATTRIBUTION_KINDS.has(i.kind) && !DATA_PROTECTION_LAW.test(fold(String(i.instrument ?? ''))),
      );
      if (structured) return;
      if (typeof b.text === 'string' && ATTRIBUTION_TEXT.test(fold(b.text))) return;
    }
    ctx.report({ messageId: 'onlyDataProtection', pointer: '/legalBasis' });
  },
});
