import { defineRule } from '../define-rule.js';
import { instrumentProvisions, lgpdppsoCitationsInText, lgpdppsoInstruments, structuredCitations } from '../shared/citations.js';
import { provisionProblems, type ProvisionProblem } from '../shared/law-index.js';
import { fold, isProse } from '../shared/walk.js';

export default defineRule({
  id: 'citation-unknown-provision',
  title: { es: 'Cita de un artículo, fracción o párrafo que la LGPDPPSO no tiene', en: 'Citation of an article, fraction or paragraph the LGPDPPSO does not have' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'III' },
  confidence: 'VERIFIED',
  quote: 'III. El fundamento legal que faculta al responsable para llevar a cabo el tratamiento;',
  defaultSeverity: 'warning',
  messages: {
    article: {
      es: 'La LGPDPPSO vigente no tiene artículo {article} (tiene {count} artículos).',
      en: 'The LGPDPPSO in force has no article {article} (it has {count} articles).',
    },
    fraction: {
      es: 'El artículo {article} de la LGPDPPSO no tiene fracción {fraction} (sus fracciones van de la I a la {last}).',
      en: 'Article {article} of the LGPDPPSO has no fraction {fraction} (its fractions run from I to {last}).',
    },
    noFractions: {
      es: 'El artículo {article} de la LGPDPPSO no tiene fracciones; se cita la fracción {fraction}.',
      en: 'Article {article} of the LGPDPPSO has no fractions; fraction {fraction} is cited.',
    },
    paragraph: {
      es: 'El artículo {article} de la LGPDPPSO tiene {count} párrafo(s); se cita el párrafo {paragraph}.',
      en: 'Article {article} of the LGPDPPSO has {count} paragraph(s); paragraph {paragraph} is cited.',
    },
    inciso: {
      es: 'La fracción {fraction} del artículo {article} de la LGPDPPSO no tiene inciso {inciso}.',
      en: 'Fraction {fraction} of article {article} of the LGPDPPSO has no item {inciso}.',
    },
  },
  docs: {
    checks: {
      es: 'Cada artículo, fracción, párrafo e inciso de la LGPDPPSO que el aviso cita —en el texto («artículos 16, fracciones VII y IX, 20 y 21 de la Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados») o en campos estructurados— se busca en el índice de la ley de 2025 que `scripts/extract-legal.mjs` genera a partir del texto oficial. Las citas de la ley de 2017 (identificada por su fecha de publicación) las revisa `citation-abrogated-law`; los números que existen pero corresponden a la ley de 2017, `citation-2017-numbering`.',
      en: 'Every article, fraction, paragraph and item of the LGPDPPSO the notice cites — in the text or in structured fields — is looked up in the index of the 2025 law that `scripts/extract-legal.mjs` builds from the official text. Citations of the 2017 law (recognised by its publication date) are checked by `citation-abrogated-law`; numbers that exist but belong to the 2017 law, by `citation-2017-numbering`.',
    },
    why: {
      es: 'El art. 21 fr. III exige el fundamento legal del tratamiento. Una disposición que no existe no fundamenta nada, y la persona titular no puede comprobar lo que el aviso dice.',
      en: 'Art. 21 fr. III requires the legal basis of the processing. A provision that does not exist grounds nothing, and the data subject cannot check what the notice says.',
    },
    fix: {
      es: 'Corrija la cita con el artículo, la fracción o el párrafo de la LGPDPPSO publicada en el DOF el 20-03-2025 (`notice explain <regla>` muestra el texto de la ley).',
      en: 'Correct the citation with the article, fraction or paragraph of the LGPDPPSO published in the DOF on 20-03-2025.',
    },
  },
  check(ctx) {
    const constitution = ctx.lang === 'es' ? '¿Quiso citar el artículo 16, párrafo segundo, de la Constitución?' : 'Did you mean article 16, second paragraph, of the Constitution?';
    const report = (pointer: string, problems: ProvisionProblem[], span?: readonly [number, number]): void => {
      for (const p of problems) {
        const notes = p.kind === 'paragraph' && p.data.article === 16 && p.data.paragraph === 'segundo' ? [constitution] : undefined;
        ctx.report({ messageId: p.kind, data: p.data, pointer, target: 'value', ...(span ? { span } : {}), ...(notes ? { notes } : {}) });
      }
    };
    for (const t of ctx.facts.texts) {
      if (!isProse(t)) continue;
      for (const c of lgpdppsoCitationsInText(t)) {
        if (c.year === 2017) continue;
        for (const p of c.provisions) report(t.pointer, provisionProblems(p), p.span);
      }
    }
    for (const s of structuredCitations(ctx.notice)) {
      const c = s.citation;
      if (c.law !== 'LGPDPPSO-2025') continue;
      const p = { article: c.article, written: String(c.article), fractions: c.fraction ? [c.fraction] : [], paragraphs: c.paragraph ? [fold(c.paragraph)] : [], incisos: c.inciso ? [c.inciso.replace(/\)$/, '')] : [] };
      report(s.pointer, provisionProblems({ ...p, paragraphs: p.paragraphs.map((x) => (x === 'ultimo' ? 'último' : x === 'penultimo' ? 'penúltimo' : x)) }));
    }
    for (const ins of lgpdppsoInstruments(ctx.notice, fold)) {
      if (ins.year === 2017) continue;
      for (const p of instrumentProvisions(ins.instrument)) report(`${ins.pointer}/provisions/${p.index}`, provisionProblems(p));
    }
  },
});
