import { KNOWN_INSTRUMENTS } from '../data/instruments.js';
import { defineRule } from '../define-rule.js';
import { publicationAt } from '../shared/citations.js';
import { isProse } from '../shared/walk.js';

const dmy = (iso: string): string => iso.split('-').reverse().join('-');

export default defineRule({
  id: 'citation-dof-date-wrong',
  title: { es: 'Fecha de publicación en el DOF equivocada', en: 'Wrong DOF publication date' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'III' },
  confidence: 'VERIFIED',
  quote:
    'III. El fundamento legal que faculta al responsable para llevar a cabo el tratamiento; … Nueva Ley publicada en el Diario Oficial de la Federación el 20 de marzo de 2025 … I. La Ley Federal de Protección de Datos Personales en Posesión de los Particulares, publicada en el Diario Oficial de la Federación el 5 de julio de 2010; … II. La Ley General de Transparencia y Acceso a la Información Pública, publicada en el Diario Oficial de la Federación el 4 de mayo de 2015 … III. La Ley Federal de Transparencia y Acceso a la Información Pública, publicada en el Diario Oficial de la Federación el 9 de mayo de 2016',
  defaultSeverity: 'warning',
  messages: {
    wrong: {
      es: 'La {law} no se publicó en el DOF el {date}; la ley vigente se publicó el {real}.',
      en: 'The {law} was not published in the DOF on {date}; the law in force was published on {real}.',
    },
    wrongAbrogated: {
      es: 'La {law} no se publicó en el DOF el {date}; las versiones publicadas son las del {real}, abrogadas.',
      en: 'The {law} was not published in the DOF on {date}; its published versions are those of {real}, abrogated.',
    },
  },
  docs: {
    checks: {
      es: 'Que la fecha de publicación en el DOF que el aviso da para una ley de la tabla (`src/rules/data/instruments.ts`: LGPDPPSO, LFPDPPP, LGTAIP y LFTAIP, con las fechas que constan en el texto oficial de la LGPDPPSO de 2025) sea una fecha real de publicación. Solo se revisan fechas de publicación, no de reformas. Si la fecha es la de una versión abrogada, lo informa `citation-abrogated-law`.',
      en: 'That the DOF publication date the notice gives for a law in the table (`src/rules/data/instruments.ts`: LGPDPPSO, LFPDPPP, LGTAIP and LFTAIP, with the dates found in the official text of the 2025 LGPDPPSO) is a real publication date. Only publication dates are checked, not reform dates. A date of an abrogated version is reported by `citation-abrogated-law`.',
    },
    why: {
      es: 'El fundamento legal (art. 21 fr. III) debe permitir identificar la norma. Una fecha equivocada remite a un Diario Oficial donde la ley no está, o confunde la ley vigente con la abrogada.',
      en: 'The legal basis (art. 21 fr. III) must identify the norm. A wrong date points to a Diario Oficial issue where the law is not, or mixes up the law in force with the abrogated one.',
    },
    fix: {
      es: 'Corrija la fecha: la LGPDPPSO, la LGTAIP y la LFPDPPP vigentes se publicaron en el DOF el 20 de marzo de 2025.',
      en: 'Correct the date: the LGPDPPSO, LGTAIP and LFPDPPP in force were published in the DOF on 20 March 2025.',
    },
  },
  check(ctx) {
    for (const t of ctx.facts.texts) {
      if (!isProse(t) || !/diario oficial|\bd\.?o\.?f\b/.test(t.folded)) continue;
      for (const ins of KNOWN_INSTRUMENTS) {
        ins.name.lastIndex = 0;
        for (const m of t.folded.matchAll(ins.name)) {
          const pub = publicationAt(t.folded, m.index! + m[0].length);
          if (!pub || pub.iso === ins.current || pub.iso in ins.abrogated) continue;
          // A reform date ("última reforma publicada…") is not a publication date.
          if (/reform/.test(t.folded.slice(m.index! + m[0].length, pub.span[0] + 20))) continue;
          const span = t.folded.length === t.text.length ? ([pub.span[0], pub.span[1]] as const) : undefined;
          const data = { law: ins.label, date: dmy(pub.iso), real: ins.current ? dmy(ins.current) : Object.keys(ins.abrogated).map(dmy).join(', ') };
          ctx.report({ messageId: ins.current ? 'wrong' : 'wrongAbrogated', data, pointer: t.pointer, target: 'value', ...(span ? { span } : {}) });
        }
      }
    }
  },
});
