import { defineRule } from '../define-rule.js';
import { isProse } from '../shared/walk.js';

/**
 * Requirements a notice imposes on an ARCO request beyond art. 46 fr. I–VI (name and a way to be
 * notified; identity documents; the area, if possible; the data; the right; anything that helps
 * locate the data). Data: extend with care, only with what art. 46 plainly does not allow.
 */
const EXTRA: readonly { id: string; pattern: RegExp; es: string; en: string }[] = [
  { id: 'proof-of-address', pattern: /\bcomprobante (?:de )?domicilio\b/, es: 'comprobante de domicilio', en: 'proof of address' },
  { id: 'curp', pattern: /\b(?:copia de (?:la |su )?)?curp\b|\bclave unica de registro de poblacion\b/, es: 'CURP', en: 'CURP' },
  { id: 'rfc', pattern: /\brfc\b|\bregistro federal de contribuyentes\b/, es: 'RFC', en: 'RFC (tax id)' },
  { id: 'photo', pattern: /\bfotografias? (?:reciente|tamano|infantil)/, es: 'fotografía', en: 'photograph' },
  { id: 'notary', pattern: /\bante notario\b|\bnotarial\b|\bratificad[oa]s? ante\b|\bratificar (?:la|su) (?:firma|solicitud)\b/, es: 'ratificación o firma ante notario', en: 'notarised signature or ratification' },
  { id: 'reason-for-access', pattern: /\b(?:motivo|motivos|razon|razones|justificacion)\b[^.;]{0,60}\bacceso\b|\bacceso\b[^.;]{0,60}\b(?:motivo|motivos|razon|razones|justifi\w+)\b/, es: 'los motivos de una solicitud de acceso', en: 'the reasons for an access request' },
  { id: 'form-only', pattern: /\b(?:unicamente|solamente|solo|exclusivamente) (?:mediante|a traves de|en|con) (?:el )?formato\b|\bformato (?:oficial |institucional |unico )?(?:obligatorio|indispensable)\b/, es: 'usar solo el formato del responsable', en: 'using only the controller\'s form' },
];

/** Sentences that describe the person's identity document or a minor's, not an extra requirement. */
const EXEMPT = /\bmenor(?:es)? de edad\b|\bfallecid|\brepresentante\b[^.;]{0,40}\bacta\b|\bopcional\b|\bde ser posible\b|\ben su caso\b|\bsi lo desea\b/;

export default defineRule({
  id: 'arco-extra-requirements',
  title: { es: 'Requisitos de la solicitud ARCO que la ley no permite', en: 'ARCO request requirements the law does not allow' },
  citation: { law: 'LGPDPPSO-2025', article: 46, paragraph: 'primero' },
  confidence: 'VERIFIED',
  quote:
    'Artículo 46. En la solicitud para el ejercicio de los derechos ARCO no podrán imponerse mayores requisitos que los siguientes: … Las solicitudes para el ejercicio de los derechos ARCO deberán presentarse ante la Unidad de Transparencia del responsable competente, a través de escrito libre, formatos, medios electrónicos o cualquier otro medio que al efecto establezca la Secretaría o las Autoridades garantes, en el ámbito de sus respectivas competencias.',
  defaultSeverity: 'warning',
  messages: {
    extra: {
      es: 'El aviso exige {what} para la solicitud ARCO; el art. 46 no permite imponer más requisitos que los que enumera.',
      en: 'The notice requires {what} for the ARCO request; art. 46 does not allow requirements beyond those it lists.',
    },
  },
  docs: {
    checks: {
      es: 'Que los requisitos de la solicitud ARCO que da el aviso (`rights.requirements`, `rights.identity`, el texto de la sección de derechos) no pidan lo que el art. 46 no enumera: comprobante de domicilio, CURP o RFC, fotografía, firma o ratificación ante notario, los motivos de una solicitud de acceso, o usar exclusivamente el formato del responsable (la ley admite escrito libre). La lista está en la regla y se amplía solo con lo que el art. 46 claramente no permite.',
      en: 'That the ARCO request requirements the notice gives (`rights.requirements`, `rights.identity`, the rights text) do not ask for what art. 46 does not list: proof of address, CURP or RFC, a photograph, notarised signature or ratification, the reasons for an access request, or using only the controller\'s form (the law admits a free-form letter).',
    },
    why: {
      es: 'El art. 46 ¶1 dice que no podrán imponerse mayores requisitos que los de sus fracciones I a VI, y que las solicitudes se presentan por escrito libre, formatos, medios electrónicos u otro medio establecido. La identidad se acredita con documentos de identidad (fr. II y art. 43), no con otros documentos; solo la cancelación y la oposición piden causas (art. 46, párrafos sexto y séptimo).',
      en: 'Art. 46 ¶1 says no requirements beyond those of its fractions I to VI may be imposed, and requests are filed by free-form letter, forms, electronic means or another established means. Identity is proven with identity documents (fr. II and art. 43); only cancellation and opposition require reasons.',
    },
    fix: {
      es: 'Enumere solo los requisitos del art. 46: nombre y medio para recibir notificaciones; documentos de identidad (y de la representación); de ser posible, el área; la descripción de los datos (salvo en el acceso) y del derecho; cualquier documento que facilite localizar los datos.',
      en: 'List only art. 46\'s requirements: name and a way to be notified; identity documents (and of the representation); if possible, the area; the description of the data (except for access) and of the right; anything that helps locate the data.',
    },
  },
  check(ctx) {
    for (const t of ctx.facts.texts) {
      if (!isProse(t)) continue;
      const inRequirements = t.pointer.startsWith('/rights/requirements') || t.pointer === '/rights/identity';
      const inRightsText = t.pointer === '/rights/text' && /\brequisit|\bdebera (?:contener|acompanar|presentar|anexar|adjuntar)/.test(t.folded);
      if (!inRequirements && !inRightsText) continue;
      for (const clause of t.folded.split(/(?<=[.;])\s+|\n+/)) {
        if (EXEMPT.test(clause)) continue;
        const hit = EXTRA.find((e) => e.pattern.test(clause));
        if (!hit) continue;
        const at = t.folded.indexOf(clause);
        const m = hit.pattern.exec(clause)!;
        const safe = t.folded.length === t.text.length;
        ctx.report({ messageId: 'extra', data: { what: ctx.lang === 'es' ? hit.es : hit.en }, pointer: t.pointer, target: 'value', ...(safe ? { span: [at + m.index, at + m.index + m[0].length] as const } : {}) });
        break;
      }
    }
  },
});
