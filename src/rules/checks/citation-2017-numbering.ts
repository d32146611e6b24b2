import { defineRule } from '../define-rule.js';
import { lgpdppsoCitationsInText, structuredCitations, type CitedProvision } from '../shared/citations.js';
import { articleExists } from '../shared/law-index.js';
import { from2017, topicOf } from '../shared/renumbering.js';
import { isProse } from '../shared/walk.js';

/** The list a 2017 basis used for "protective provisions" (legal guide §8): in 2025 those numbers are other things. */
const LIST_2017 = [16, 17, 18, 31, 32, 33, 42];
/** The 2017 articles on the notice: duty to inform, simplified and integral notice (2025: 20, 22, 21). */
const NOTICE_2017 = [26, 27, 28];

/** Articles a consent exception may rest on, by what it supports (arts. 16, 60, 64). */
const EXCEPTION_ARTICLES = { 'purpose-exception': [16], 'sensitive-exception': [16], 'transfer-exception': [16, 60, 64] } as const;

export default defineRule({
  id: 'citation-2017-numbering',
  title: { es: 'Cita con la numeración de la ley abrogada (2017)', en: 'Citation using the abrogated 2017 numbering' },
  citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'III' },
  confidence: 'CORROBORATED',
  quote: 'III. El fundamento legal que faculta al responsable para llevar a cabo el tratamiento;',
  defaultSeverity: 'warning',
  messages: {
    list: {
      es: 'Los artículos {label} de la LGPDPPSO solo tienen sentido con la numeración de 2017; en la ley de 2025 el equivalente probable es 10–13 (principios), 25–27 (seguridad) y 36 (confidencialidad).',
      en: 'LGPDPPSO articles {label} only make sense under the 2017 numbering; the likely 2025 equivalent is 10–13 (principles), 25–27 (security) and 36 (confidentiality).',
    },
    notice: {
      es: 'Los artículos 26, 27 y 28 de la LGPDPPSO son, con la numeración de 2017, los del aviso de privacidad; en la ley de 2025 el aviso está en los artículos 20, 22 y 21 (los 26 a 28 tratan de medidas de seguridad).',
      en: 'LGPDPPSO articles 26, 27 and 28 are, in the 2017 numbering, those on the privacy notice; in the 2025 law the notice is in articles 20, 22 and 21 (26 to 28 deal with security measures).',
    },
    topic: {
      es: 'Para {topic} se cita el artículo {article} de la LGPDPPSO, que en la ley de 2025 trata de otra cosa; es la numeración de 2017: el equivalente probable es el artículo {hint}.',
      en: 'Article {article} of the LGPDPPSO is cited for {topic}, but in the 2025 law it deals with something else; it is the 2017 numbering: the likely equivalent is article {hint}.',
    },
    topicMany: {
      es: 'Para {topic} se citan los artículos {article} de la LGPDPPSO, que en la ley de 2025 tratan de otra cosa; es la numeración de 2017: los equivalentes probables son los artículos {hint}.',
      en: 'Articles {article} of the LGPDPPSO are cited for {topic}, but in the 2025 law they deal with something else; it is the 2017 numbering: the likely equivalents are articles {hint}.',
    },
    exception: {
      es: 'La excepción cita el artículo {article} de la LGPDPPSO, que en la ley de 2025 no es una excepción al consentimiento; es la numeración de 2017: el equivalente probable es el artículo {hint}.',
      en: 'The exception cites article {article} of the LGPDPPSO, which in the 2025 law is not a consent exception; it is the 2017 numbering: the likely equivalent is article {hint}.',
    },
  },
  docs: {
    checks: {
      es: 'Busca citas de la LGPDPPSO cuyo número existe en la ley de 2025 pero corresponde a la de 2017: (1) una excepción al consentimiento estructurada que cita un artículo que no es el 16, 60 ni 64 y que, renumerado, sí lo sería (22 → 16, 70 → 64, 66 → 60); (2) una cita en el texto cuya oración habla de un tema (transferencias, derechos ARCO, portabilidad, Unidad de Transparencia, excepciones al consentimiento, medidas de seguridad, contenido del aviso) cuando ninguno de los artículos citados regula ese tema en 2025 y alguno, con la renumeración de 2017 a 2025 (guía legal §8: seis lugares menos; aviso 26 → 20, 27 → 22, 28 → 21), sí lo regularía; (3) las listas que solo encajan con 2017: «16, 17, 18, 31, 32, 33 y 42» como disposiciones protectoras y «26, 27 y 28» (el aviso) sin los arts. 20 a 22 ni el tema de medidas de seguridad. Las disposiciones que no existen en 2025 las informa `citation-unknown-provision`.',
      en: 'Looks for LGPDPPSO citations whose number exists in the 2025 law but belongs to the 2017 one: (1) a structured consent exception citing an article other than 16, 60 or 64 that, renumbered, would be one (22 → 16, 70 → 64, 66 → 60); (2) a citation in the text whose sentence is about a subject (transfers, ARCO, portability, Transparency Unit, consent exceptions, security, notice content) when none of the cited articles regulates it in 2025 and one of them, renumbered from 2017 (legal guide §8: six places down; notice 26 → 20, 27 → 22, 28 → 21), would; (3) lists that only fit 2017: "16, 17, 18, 31, 32, 33 y 42" as protective provisions and "26, 27 y 28" (the notice) without arts. 20 to 22 nor the subject of security measures. Provisions that do not exist in 2025 are reported by `citation-unknown-provision`.',
    },
    why: {
      es: 'La LGPDPPSO de 2017 fue abrogada el 21-03-2025 (transitorio Segundo fr. IV del decreto del 20-03-2025) y la nueva ley renumeró sus artículos. Un fundamento con la numeración anterior cita disposiciones que hoy dicen otra cosa (art. 21 fr. III). La tabla de equivalencias 2017→2025 está corroborada, no verificada palabra por palabra contra el texto de 2017: de ahí la severidad.',
      en: 'The 2017 LGPDPPSO was abrogated on 21-03-2025 (transitorio Segundo fr. IV) and the new law renumbered it. A basis with the old numbers cites provisions that now say something else (art. 21 fr. III). The 2017→2025 table is corroborated, not verified word by word against the 2017 text: hence the severity.',
    },
    fix: {
      es: 'Cite los artículos de la ley de 2025: excepciones al consentimiento 16, transferencias 59–65 (excepciones 64), derechos ARCO 37–50, portabilidad 51, aviso 20–22, seguridad 25–35, confidencialidad 36, Unidad de Transparencia 79.',
      en: 'Cite the 2025 articles: consent exceptions 16, transfers 59–65 (exceptions 64), ARCO 37–50, portability 51, notice 20–22, security 25–35, confidentiality 36, Transparency Unit 79.',
    },
  },
  check(ctx) {
    for (const t of ctx.facts.texts) {
      if (!isProse(t)) continue;
      for (const c of lgpdppsoCitationsInText(t)) {
        if (c.year === 2017) continue; // the abrogated law itself: citation-abrogated-law
        const arts = c.provisions.map((p) => p.article);
        if (LIST_2017.every((a) => arts.includes(a))) {
          const first = c.provisions.find((p) => p.article === 16)!;
          ctx.report({ messageId: 'list', data: { label: LIST_2017.join(', ') }, pointer: t.pointer, target: 'value', ...(first.span ? { span: first.span } : {}) });
          continue;
        }
        const topic = topicOf(c.sentence);
        // "26, 27 y 28" for the notice (guide §8), unless the sentence is about security measures (25–35).
        if (NOTICE_2017.every((a) => arts.includes(a)) && !arts.some((a) => a >= 20 && a <= 22) && topic?.id !== 'security') {
          const first = c.provisions.find((p) => p.article === 26)!;
          ctx.report({ messageId: 'notice', pointer: t.pointer, target: 'value', ...(first.span ? { span: first.span } : {}) });
          continue;
        }
        if (!topic) continue;
        const relevant = (p: CitedProvision): boolean => p.article !== 3 && p.article !== 1 && p.article !== 2;
        const cited = c.provisions.filter(relevant);
        // A 2025 article on the subject means the list follows the 2025 numbering, unless it too reads
        // as a 2017 number of the subject ("65, 66 y 70" for transfers).
        const genuine = (p: CitedProvision): boolean => topic.articles.has(p.article) && !topic.articles.has(from2017(p.article) ?? -1);
        if (!cited.length || cited.some(genuine)) continue;
        const old = cited.filter((p) => {
          const hint = from2017(p.article);
          return hint !== undefined && topic.articles.has(hint) && !topic.articles.has(p.article) && articleExists(p.article);
        });
        if (!old.length) continue;
        // One finding per list: "66 y 70" → "60 y 64".
        const list = (xs: number[]): string => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} ${ctx.lang === 'es' ? 'y' : 'and'} ${xs[xs.length - 1]}` : String(xs[0]));
        const span = old[0]!.span;
        ctx.report({
          messageId: old.length > 1 ? 'topicMany' : 'topic',
          data: { topic: topic.label[ctx.lang], article: list(old.map((p) => p.article)), hint: list(old.map((p) => from2017(p.article)!)) },
          pointer: t.pointer,
          target: 'value',
          ...(span ? { span } : {}),
        });
      }
    }
    for (const s of structuredCitations(ctx.notice)) {
      if (s.citation.law !== 'LGPDPPSO-2025' || s.role === 'other') continue;
      const allowed: readonly number[] = EXCEPTION_ARTICLES[s.role];
      const a = s.citation.article;
      const hint = from2017(a);
      if (!allowed.includes(a) && hint !== undefined && allowed.includes(hint)) {
        ctx.report({ messageId: 'exception', data: { article: a, hint }, pointer: `${s.pointer}/article`, target: 'value' });
      }
    }
  },
});
