import { HISTORICAL } from '../data/instruments.js';
import { defineRule } from '../define-rule.js';
import { sentenceAround } from '../shared/citations.js';
import { hostOf } from '../shared/domain.js';
import { LINK_KEYS } from '../shared/walk.js';

const INAI = /\binai\b|\binstituto nacional de transparencia,? acceso a la informacion y proteccion de datos personales\b|\bifai\b|\binstituto federal de acceso a la informacion\b/g;
/** The INAI named as the author or source of an instrument, not as an authority to turn to. */
const AUTHORSHIP = /\b(?:emitid|aprobad|expedid|publicad|elaborad|dictad)[oa]s? por (?:el )?(?:pleno del )?(?:inai|ifai|instituto nacional de transparencia|instituto federal de acceso)/;

export default defineRule({
  id: 'inai-named-as-authority',
  title: { es: 'Se nombra al INAI como autoridad vigente', en: 'The INAI is named as a live authority' },
  citation: { law: 'LGPDPPSO-2025', article: 3, fraction: 'XXVI' },
  confidence: 'VERIFIED',
  quote:
    'XXVI. Secretaría: Secretaría Anticorrupción y Buen Gobierno; … II. Autoridades garantes: Órgano de control y disciplina del Poder Judicial; … Décimo.- Los procedimientos iniciados con anterioridad a la entrada en vigor de este Decreto ante el Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales, en materia de datos personales o cualquier otra distinta a la mencionada en el transitorio anterior, se sustanciarán conforme a las disposiciones vigentes al momento de su inicio ante la Secretaría Anticorrupción y Buen Gobierno a que se refiere este Decreto.',
  defaultSeverity: 'warning',
  messages: {
    inai: {
      es: 'El aviso nombra al INAI como autoridad; la LGPDPPSO de 2025 ya no lo prevé: la autoridad es la Secretaría Anticorrupción y Buen Gobierno o la Autoridad garante que corresponda.',
      en: 'The notice names the INAI as an authority; the 2025 LGPDPPSO no longer provides for it: the authority is the Secretaría Anticorrupción y Buen Gobierno or the relevant Autoridad garante.',
    },
    link: {
      es: 'El enlace {url} lleva al sitio del INAI, que la LGPDPPSO de 2025 ya no prevé como autoridad.',
      en: 'The link {url} leads to the INAI site; the 2025 LGPDPPSO no longer provides for the INAI as an authority.',
    },
  },
  docs: {
    checks: {
      es: 'Que el aviso no nombre al INAI (o al IFAI) como autoridad ante la que acudir —recurso de revisión, quejas, orientación— ni enlace su sitio. No se señala una mención histórica («el extinto INAI», «que sustituye al INAI», «hasta el 20 de marzo de 2025») ni la que dice quién emitió un instrumento («lineamientos emitidos por el INAI»).',
      en: 'That the notice does not name the INAI (or IFAI) as an authority to turn to — review appeal, complaints, guidance — nor link its site. A historical mention ("the extinct INAI", "which replaces the INAI") or one saying who issued an instrument ("guidelines issued by the INAI") is not reported.',
    },
    why: {
      es: 'La LGPDPPSO de 2025 distribuye la competencia entre la Secretaría Anticorrupción y Buen Gobierno (art. 3 fr. XXVI) y las Autoridades garantes (art. 3 fr. II); el recurso de revisión se presenta ante ellas o ante la Unidad de Transparencia (arts. 50 y 86), y los procedimientos iniciados ante el INAI continúan ante la Secretaría (transitorio Décimo). Remitir a la persona al INAI la manda a una autoridad que la ley ya no prevé.',
      en: 'The 2025 LGPDPPSO gives competence to the Secretaría Anticorrupción y Buen Gobierno (art. 3 fr. XXVI) and the Autoridades garantes (art. 3 fr. II); the review appeal goes before them or the Transparency Unit (arts. 50 and 86), and proceedings started before the INAI continue before the Secretaría (transitorio Décimo). Sending people to the INAI sends them to an authority the law no longer provides for.',
    },
    fix: { es: 'Sustituya la mención del INAI por «la Secretaría Anticorrupción y Buen Gobierno» o la Autoridad garante que corresponda; si la mención es histórica, dígalo («el extinto INAI»).', en: 'Replace the mention of the INAI with "la Secretaría Anticorrupción y Buen Gobierno" or the relevant Autoridad garante; if the mention is historical, say so ("el extinto INAI").' },
  },
  check(ctx) {
    for (const t of ctx.facts.texts) {
      if (LINK_KEYS.has(t.key)) {
        const host = t.key === 'email' ? t.text.split('@')[1]?.toLowerCase() ?? '' : hostOf(t.text);
        if (/(?:^|\.)(?:inai|ifai)\.org\.mx$/.test(host)) ctx.report({ messageId: 'link', data: { url: t.text }, pointer: t.pointer, target: 'value' });
        continue;
      }
      INAI.lastIndex = 0;
      for (const m of t.folded.matchAll(INAI)) {
        const sentence = sentenceAround(t.folded, m.index!, m.index! + m[0].length);
        if (HISTORICAL.test(sentence) || AUTHORSHIP.test(sentence)) continue;
        const safe = t.folded.length === t.text.length;
        ctx.report({ messageId: 'inai', pointer: t.pointer, target: 'value', ...(safe ? { span: [m.index!, m.index! + m[0].length] as const } : {}) });
        break;
      }
    }
  },
});
