import { HISTORICAL, KNOWN_INSTRUMENTS } from '../data/instruments.js';
import { defineRule } from '../define-rule.js';
import { lgpdppsoInstruments, publicationAt, sentenceAround, structuredCitations, yearAfter } from '../shared/citations.js';
import { fold, isProse } from '../shared/walk.js';

const LFTAIP = KNOWN_INSTRUMENTS.find((i) => i.id === 'LFTAIP')!;

export default defineRule({
  id: 'citation-abrogated-law',
  title: { es: 'Se cita como vigente una ley abrogada el 21-03-2025', en: 'A law abrogated on 21-03-2025 is cited as in force' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'III' },
  confidence: 'VERIFIED',
  quote:
    'III. El fundamento legal que faculta al responsable para llevar a cabo el tratamiento; … Segundo.- A la entrada en vigor del presente Decreto se abrogan las disposiciones siguientes: … IV. La Ley General de Protección de Datos Personales en Posesión de Sujetos Obligados, publicada en el Diario Oficial de la Federación el 26 de enero de 2017, y',
  defaultSeverity: 'error',
  messages: {
    text: {
      es: 'El aviso cita la {law} publicada en el DOF el {date}, abrogada desde el 21-03-2025 (transitorio Segundo, fr. {fraction}, del decreto del 20-03-2025).',
      en: 'The notice cites the {law} published in the DOF on {date}, abrogated since 21-03-2025 (transitorio Segundo, fr. {fraction}, of the 20-03-2025 decree).',
    },
    lftaip: {
      es: 'El aviso cita la Ley Federal de Transparencia y Acceso a la Información Pública, abrogada desde el 21-03-2025 (transitorio Segundo, fr. III, del decreto del 20-03-2025) sin una ley federal que la sustituya.',
      en: 'The notice cites the Ley Federal de Transparencia y Acceso a la Información Pública, abrogated since 21-03-2025 (transitorio Segundo, fr. III, of the 20-03-2025 decree) with no federal law replacing it.',
    },
    structured: {
      es: 'La cita es de la LGPDPPSO de 2017, abrogada desde el 21-03-2025; cite el artículo de la ley de 2025.',
      en: 'The citation is of the 2017 LGPDPPSO, abrogated since 21-03-2025; cite the article of the 2025 law.',
    },
    declared: {
      es: 'El aviso declara que se rige por la LGPDPPSO de 2017 (`law: LGPDPPSO-2017`), abrogada desde el 21-03-2025; un aviso vigente se rige por la de 2025: revise su fundamento, citas y autoridades.',
      en: 'The notice declares the 2017 LGPDPPSO (`law: LGPDPPSO-2017`), abrogated since 21-03-2025; a notice in force follows the 2025 law: review its basis, citations and authorities.',
    },
  },
  docs: {
    checks: {
      es: 'Que el aviso no cite como vigentes las leyes que el decreto del 20-03-2025 abrogó (transitorio Segundo): la LGPDPPSO de 2017 (DOF 26-01-2017), la LFPDPPP de 2010 (DOF 05-07-2010), la LGTAIP de 2015 (DOF 04-05-2015) y la LFTAIP (DOF 09-05-2016). Se reconocen por su fecha de publicación o año junto al nombre, por citas estructuradas con `law: LGPDPPSO-2017`, y por `law: LGPDPPSO-2017` en el aviso. La LFTAIP se reconoce por su nombre, pues no hay una ley federal nueva. No se señalan las menciones históricas («la ley abrogada», «la anterior», «que sustituye a…»).',
      en: 'That the notice does not cite as in force the laws the 20-03-2025 decree abrogated (transitorio Segundo): the 2017 LGPDPPSO, the 2010 LFPDPPP, the 2015 LGTAIP and the LFTAIP. They are recognised by their publication date or year next to the name, by structured citations with `law: LGPDPPSO-2017`, and by `law: LGPDPPSO-2017` on the notice. The LFTAIP is recognised by name, since no new federal law replaced it. Historical mentions ("the abrogated law", "the former…") are not reported.',
    },
    why: {
      es: 'El art. 21 fr. III exige el fundamento legal que faculta al responsable. Una ley abrogada no faculta ni obliga: el transitorio Segundo del decreto publicado el 20-03-2025 abrogó esas leyes a partir del 21-03-2025, y sus artículos, plazos y autoridades (el INAI) cambiaron.',
      en: 'Art. 21 fr. III requires the legal basis that empowers the controller. An abrogated law empowers nothing: transitorio Segundo of the decree published on 20-03-2025 abrogated those laws from 21-03-2025, and their articles, deadlines and authorities (the INAI) changed.',
    },
    fix: {
      es: 'Cite la ley vigente: la LGPDPPSO publicada en el DOF el 20-03-2025 (y, en su caso, la LGTAIP del 20-03-2025), con su numeración; quite `law: LGPDPPSO-2017`.',
      en: 'Cite the law in force: the LGPDPPSO published in the DOF on 20-03-2025 (and, where relevant, the LGTAIP of 20-03-2025), with its numbering; drop `law: LGPDPPSO-2017`.',
    },
  },
  check(ctx) {
    if (ctx.notice.law === 'LGPDPPSO-2017') ctx.report({ messageId: 'declared', pointer: '/law', target: 'value' });
    for (const t of ctx.facts.texts) {
      if (!isProse(t)) continue;
      const folded = t.folded;
      if (!/\bley\b|\blgpdppso\b|\blfpdppp\b|\blgtaip\b|\blftaip\b/.test(folded)) continue;
      const safe = folded.length === t.text.length;
      for (const ins of KNOWN_INSTRUMENTS) {
        ins.name.lastIndex = 0;
        for (const m of folded.matchAll(ins.name)) {
          const s = m.index!;
          const e = s + m[0].length;
          if (HISTORICAL.test(sentenceAround(folded, s, e))) continue;
          const span = safe ? ([s, e] as const) : undefined;
          const pub = publicationAt(folded, e);
          const year = yearAfter(folded, e).year;
          const fraction = pub ? ins.abrogated[pub.iso] : ins.id === 'LGPDPPSO' && year === 2017 ? 'IV' : undefined;
          if (fraction) {
            const date = pub ? pub.iso.split('-').reverse().join('-') : '26-01-2017';
            ctx.report({ messageId: 'text', data: { law: ins.label, date, fraction }, pointer: t.pointer, target: 'value', ...(span ? { span } : {}) });
          } else if (ins === LFTAIP) {
            ctx.report({ messageId: 'lftaip', pointer: t.pointer, target: 'value', ...(span ? { span } : {}) });
          }
        }
      }
    }
    for (const s of structuredCitations(ctx.notice)) {
      if (s.citation.law === 'LGPDPPSO-2017') ctx.report({ messageId: 'structured', pointer: `${s.pointer}/law`, target: 'value' });
    }
    for (const ins of lgpdppsoInstruments(ctx.notice, fold)) {
      if (ins.year === 2017) ctx.report({ messageId: 'structured', pointer: `${ins.pointer}/instrument`, target: 'value' });
    }
  },
});
