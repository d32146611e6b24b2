/**
 * Every requirement row of the legal guide (../shared/guides/legal-requirements.md: instruments §2,
 * integral notice §4, simplified notice §5, availability §6, cross-cutting rules §7 with the ARCO
 * table §7.7, renumbering §8), with the rules that check it or the reason a notice cannot show it.
 * docs/rules/coverage.md is generated from this table (node scripts/gen-coverage.mjs) and
 * test/rules/coverage.test.ts fails when a row has neither a rule nor a reason, names an unknown
 * rule, or when a row of the guide is missing here.
 */
export interface Requirement {
  /** The guide's row: its id (I‑1, S‑5) or the start of its first cell or heading. */
  guide: string;
  section: string;
  requirement: string;
  /** The 2025 provisions, as cited. */
  law: string;
  rules: readonly string[];
  /** Why no rule can check it, when `rules` is empty (or what else covers it). */
  reason?: string;
}

export const REQUIREMENTS: readonly Requirement[] = [
  // §2 Instruments
  { section: '2', guide: 'L25', requirement: 'La LGPDPPSO 2025 como ley citada: artículos, fracciones, párrafos y fecha de publicación reales', law: 'DOF 20-03-2025', rules: ['citation-unknown-provision', 'citation-dof-date-wrong'] },
  { section: '2', guide: 'L17', requirement: 'La LGPDPPSO 2017, abrogada: no se cita como vigente ni con su numeración', law: 'transitorio Segundo fr. IV', rules: ['citation-abrogated-law', 'citation-2017-numbering'] },
  {
    section: '2',
    guide: 'LG18',
    requirement: 'Lineamientos Generales de 2018: situación incierta después de 2025',
    law: '—',
    rules: [],
    reason: 'Ningún transitorio los conserva ni los abroga (guía §3) y su texto no está en `../shared/legal/`: no se verifica qué dicen ni se señala que un aviso se apoye en ellos.',
  },
  {
    section: '2',
    guide: 'LP18',
    requirement: 'Lineamientos de portabilidad de 2018',
    law: '—',
    rules: [],
    reason: 'Texto no verificado; la portabilidad se revisa con el art. 51 de la ley (`portability-info-missing`).',
  },
  { section: '2', guide: 'F25', requirement: 'La LFPDPPP 2025 (sector privado): fecha de publicación real', law: 'DOF 20-03-2025', rules: ['citation-dof-date-wrong'], reason: 'Sus reglas de contenido son de otra ley, fuera de `lgpdppso-2025` (guía §9).' },
  { section: '2', guide: 'F10', requirement: 'La LFPDPPP 2010, abrogada', law: 'transitorio Segundo fr. I', rules: ['citation-abrogated-law'] },

  // §4 Integral notice (art. 21)
  { section: '4', guide: 'I‑1', requirement: 'Denominación del responsable', law: '21 fr. I', rules: ['controller-name-not-entity', 'placeholder-value'], reason: 'Su presencia la exige el esquema (`controller.name`).' },
  { section: '4', guide: 'I‑2', requirement: 'Domicilio del responsable', law: '21 fr. I', rules: ['controller-address-incomplete', 'placeholder-value'], reason: 'Su presencia la exige el esquema (`controller.address`).' },
  { section: '4', guide: 'I‑3', requirement: 'Datos personales, identificando los sensibles', law: '21 fr. II; 3 fr. X', rules: ['personal-data-missing', 'sensitive-data-unmarked', 'sensitive-data-likely-unmarked'] },
  {
    section: '4',
    guide: 'I‑4',
    requirement: 'Fundamento legal que faculta al responsable',
    law: '21 fr. III; 11, 12',
    rules: ['legal-basis-no-attribution', 'citation-unknown-provision', 'citation-abrogated-law', 'citation-2017-numbering', 'citation-dof-date-wrong', 'citation-slip', 'citation-state-law-jurisdiction'],
  },
  {
    section: '4',
    guide: 'I‑5',
    requirement: 'Finalidades, distinguiendo las que requieren consentimiento',
    law: '21 fr. IV; 12, 14, 16',
    rules: ['purposes-missing', 'purpose-kind-unstated', 'purpose-beyond-service-unmarked', 'purpose-consent-exception-unnamed', 'statistics-without-dissociation', 'purpose-hedging'],
  },
  {
    section: '4',
    guide: 'I‑6',
    requirement: 'Mecanismos, medios y procedimientos para ejercer los derechos ARCO',
    law: '21 fr. V; 37–50; 51',
    rules: ['arco-channel-missing', 'arco-procedure-incomplete', 'arco-deadline-exceeds-law', 'arco-fee-not-free', 'arco-extra-requirements', 'contact-syntax-invalid', 'workspace-arco-channels-mismatch'],
  },
  { section: '4', guide: 'I‑7', requirement: 'Domicilio de la Unidad de Transparencia', law: '21 fr. VI', rules: ['transparency-unit-address-incomplete', 'workspace-transparency-unit-mismatch'], reason: 'Su presencia la exige el esquema (`transparencyUnit.address`).' },
  {
    section: '4',
    guide: 'I‑8',
    requirement: 'Transferencias que requieren consentimiento: destinatarios y finalidades',
    law: '21 fr. VII a) b); 59, 60, 64',
    rules: ['transfer-purpose-missing', 'transfer-description-vague', 'transfer-consent-basis-missing', 'transfer-exception-mismatch', 'transfers-none-contradicted', 'transfer-internal-sharing', 'transfer-exception-unnamed'],
  },
  {
    section: '4',
    guide: 'I‑9',
    requirement: 'Medios para manifestar la negativa, disponibles antes del tratamiento',
    law: '21 fr. VIII y último párrafo',
    rules: ['refusal-mechanism-missing', 'refusal-only-arco-opposition', 'refusal-timing-unstated', 'sensitive-data-secondary-opt-out'],
  },
  { section: '4', guide: 'I‑10', requirement: 'Medios para comunicar los cambios al aviso', law: '21 fr. IX', rules: ['changes-medium-vague'], reason: 'Su presencia la exige el esquema (`changes`).' },
  { section: '4', guide: 'I‑11', requirement: 'Información sobre portabilidad', law: '51', rules: ['portability-info-missing'] },

  // §5 Simplified notice (art. 22)
  { section: '5', guide: 'S‑1', requirement: 'Simplificado: denominación y domicilio', law: '22 → 21 fr. I', rules: ['controller-address-incomplete', 'controller-name-not-entity'], reason: 'El simplificado se genera de la misma fuente que el integral: no puede diferir.' },
  { section: '5', guide: 'S‑2', requirement: 'Simplificado: finalidades, distinguiendo las que requieren consentimiento', law: '22 → 21 fr. IV', rules: ['purposes-missing', 'purpose-kind-unstated', 'purpose-beyond-service-unmarked', 'notice-pair-inconsistent'] },
  { section: '5', guide: 'S‑3', requirement: 'Simplificado: transferencias con consentimiento', law: '22 → 21 fr. VII', rules: ['transfer-purpose-missing', 'transfer-description-vague', 'notice-pair-inconsistent'] },
  { section: '5', guide: 'S‑4', requirement: 'Simplificado: medios de negativa, antes del tratamiento', law: '22 → 21 fr. VIII', rules: ['refusal-mechanism-missing', 'refusal-only-arco-opposition', 'notice-pair-inconsistent'] },
  { section: '5', guide: 'S‑5', requirement: 'Dónde se consulta el aviso integral', law: '22 ¶1', rules: ['integral-notice-location-missing', 'notice-pair-link-broken', 'integral-url-off-domain', 'link-shortener', 'placeholder-value'] },
  { section: '5', guide: 'S‑6', requirement: 'El simplificado no exime de dar a conocer el integral', law: '22 ¶2', rules: ['integral-notice-location-missing', 'notice-kind-integral-document-only'] },
  {
    section: '5',
    guide: 'S‑7',
    requirement: 'El aviso debe ponerse a disposición también en su modalidad simplificada',
    law: '20 ¶2',
    rules: ['notice-kind-simplified-missing'],
    reason: '`notice build` publica el simplificado de un par a partir de la misma fuente; un integral sin simplificado conocido lo señala la regla de tipos de aviso del modelo.',
  },

  // §6 Availability
  {
    section: '6',
    guide: 'Document available "de forma física',
    requirement: 'A disposición a partir del momento en que se recaban los datos',
    law: '3 fr. III; 14 fr. III; 20',
    rules: ['availability-after-collection'],
    reason: 'Es una obligación de puesta a disposición, no un contenido del art. 21: solo se señala cuando el aviso dice que se pone a disposición después de recabar los datos.',
  },
  { section: '6', guide: 'Inform "la existencia', requirement: 'Informar la existencia y características principales del tratamiento', law: '20 ¶1', rules: ['personal-data-missing', 'purposes-missing', 'placeholder-value'] },
  {
    section: '6',
    guide: 'Spread by the responsable',
    requirement: 'Difundido por medios electrónicos y físicos, y en modalidad simplificada',
    law: '20 ¶2',
    rules: [],
    reason: 'La difusión ocurre fuera del aviso; `notice build` genera HTML, PDF, texto y el simplificado.',
  },
  { section: '6', guide: 'Drafted and structured', requirement: 'Redactado y estructurado de manera clara y sencilla', law: '20 ¶3', rules: ['vague-language', 'purpose-hedging', 'link-shortener'] },
  {
    section: '6',
    guide: 'If direct notice is impossible',
    requirement: 'Medidas compensatorias cuando el aviso directo es imposible',
    law: '20 ¶4; 3 fr. XVII',
    rules: [],
    reason: 'Un aviso no muestra si darlo directamente era imposible; los criterios de la Secretaría no se han emitido.',
  },
  { section: '6', guide: 'Consent is *informada*', requirement: 'Consentimiento informado antes del tratamiento; tácito si no hay oposición', law: '14 fr. III; 15 ¶2–3', rules: ['refusal-mechanism-missing', 'refusal-only-arco-opposition', 'sensitive-data-secondary-opt-out'] },
  { section: '6', guide: 'Refusal means must exist', requirement: 'Medios de negativa antes del tratamiento', law: '21 último párrafo', rules: ['refusal-only-arco-opposition', 'refusal-mechanism-missing', 'refusal-timing-unstated'] },
  {
    section: '6',
    guide: 'The notice is communicated to every transfer recipient',
    requirement: 'El aviso se comunica a cada receptor; el receptor nacional queda obligado',
    law: '61, 63',
    rules: ['transfer-abroad-commitment-unstated'],
    reason: 'Es una obligación entre responsable y receptor que el aviso no muestra; solo se anota (nota) el compromiso del receptor extranjero del art. 62.',
  },
  { section: '6', guide: 'Local-authority paraphrase', requirement: 'Paráfrasis local: aviso previo a la obtención de los datos', law: 'fuente secundaria', rules: [], reason: 'Fuente secundaria; lo exigible es lo de los arts. 3 fr. III y 20 (fila anterior).' },
  { section: '6', guide: 'Detailed timing', requirement: 'Momento detallado (recolección directa o indirecta)', law: 'LG18 ~43 (sin verificar)', rules: [], reason: 'Fuente sin verificar (Lineamientos de 2018); no se revisa.' },

  // §7 Cross-cutting rules
  { section: '7.1', guide: '7.1', requirement: 'Lenguaje claro y lista de frases vagas', law: '20 ¶3', rules: ['vague-language', 'purpose-hedging', 'changes-medium-vague', 'placeholder-value'] },
  { section: '7.2', guide: '7.2', requirement: 'Finalidades primarias y secundarias; medio de negativa por finalidad', law: '12; 21 fr. IV, VIII', rules: ['purpose-beyond-service-unmarked', 'refusal-mechanism-missing', 'refusal-only-arco-opposition', 'statistics-without-dissociation'] },
  { section: '7.3', guide: '7.3', requirement: 'Datos sensibles: identificarlos; consentimiento expreso y por escrito salvo art. 16', law: '3 fr. X; 7 ¶1; 15 ¶4; 21 fr. II', rules: ['sensitive-data-unmarked', 'sensitive-data-likely-unmarked', 'sensitive-data-basis-missing', 'sensitive-data-secondary-opt-out'] },
  { section: '7.4', guide: '7.4', requirement: 'Menores (y personas en estado de interdicción): representación', law: '7 ¶2; 14 último párrafo; 43 ¶3', rules: ['minors-representation-missing'] },
  { section: '7.5', guide: '7.5', requirement: 'Excepciones al consentimiento del art. 16', law: '16', rules: ['purpose-consent-exception-unnamed', 'statistics-without-dissociation', 'citation-2017-numbering', 'citation-unknown-provision'] },
  { section: '7.6', guide: '7.6', requirement: 'Transferencias: consentimiento como regla, excepciones, extranjero, remisiones', law: '59–65; 3 fr. XXX', rules: ['transfer-consent-basis-missing', 'transfer-exception-mismatch', 'transfer-abroad-commitment-unstated', 'transfer-internal-sharing', 'transfers-none-contradicted'] },
  {
    section: '7.7',
    guide: 'The four rights',
    requirement: 'Los cuatro derechos; oposición a decisiones automatizadas',
    law: '37–41',
    rules: [],
    reason: 'Contenido de los derechos, no un elemento del aviso (el art. 21 fr. V pide medios y procedimientos, que revisa la fila I‑6).',
  },
  { section: '7.7', guide: 'Identity, representatives', requirement: 'Identidad, representantes, menores, personas fallecidas', law: '43', rules: ['arco-procedure-incomplete', 'minors-representation-missing'] },
  { section: '7.7', guide: 'Free: only reproduction', requirement: 'Gratuidad: solo reproducción, certificación o envío', law: '44', rules: ['arco-fee-not-free', 'arco-procedure-incomplete'] },
  { section: '7.7', guide: 'Answer within 20 days', requirement: 'Respuesta en 20 días (+10 una vez); efectivo en 15', law: '45', rules: ['arco-deadline-exceeds-law', 'arco-procedure-incomplete'] },
  { section: '7.7', guide: 'Maximum requirements', requirement: 'Requisitos máximos; ante la Unidad de Transparencia; medios de fácil acceso', law: '46', rules: ['arco-extra-requirements', 'arco-channel-missing'] },
  {
    section: '7.7',
    guide: 'Incompetence (3 days)',
    requirement: 'Incompetencia, inexistencia, trámites específicos, únicas causas de improcedencia',
    law: '47, 48, 49',
    rules: [],
    reason: 'Los avisos casi nunca los enuncian y una causa de improcedencia distinta de las del art. 49 no se distingue con fiabilidad en texto libre; un plazo de incompetencia no se confunde con el de respuesta (`arco-deadline-exceeds-law`).',
  },
  { section: '7.7', guide: 'Recurso de revisión', requirement: 'Recurso de revisión (plazo, ante quién); portabilidad', law: '50, 86; 51', rules: ['review-remedy-term-wrong', 'inai-named-as-authority', 'portability-info-missing'] },
  { section: '7.8', guide: '7.8', requirement: 'Unidad de Transparencia: domicilio; una por responsable', law: '3 fr. XXXII; 21 fr. VI; 79', rules: ['transparency-unit-address-incomplete', 'workspace-transparency-unit-mismatch'] },
  { section: '7.9', guide: '7.9', requirement: 'Cookies y rastreo como datos recabados', law: '21 fr. II, IV, VIII (interpretación)', rules: ['cookies-incomplete'] },

  // §10 Open points: state laws
  { section: '10', guide: '10.4 State laws', requirement: 'Leyes estatales de protección de datos: la de la entidad del responsable', law: '1; 2 fr. V; 21 fr. III', rules: ['citation-state-law-jurisdiction'], reason: 'Cada entidad tiene su ley armonizada, con otra numeración; se acepta la del responsable y no se revisa contra el índice de la LGPDPPSO.' },

  // §8 Renumbering 2017 → 2025
  ...[
    ['Definition of aviso', 'Definición de aviso', '3 fr. III'],
    ['Principles', 'Principios', '10'],
    ['Licitud / finalidad / lealtad', 'Licitud, finalidad, lealtad', '11–13'],
    ['Consent rules', 'Reglas del consentimiento', '14–15'],
    ['Consent exceptions', 'Excepciones al consentimiento', '16'],
    ['Duty to inform / simplified / integral', 'Deber de informar, simplificado, integral', '20, 22, 21'],
    ['Security measures', 'Medidas de seguridad', '25–27'],
    ['Confidentiality', 'Confidencialidad', '36'],
    ['ARCO', 'Derechos ARCO', '37–50'],
    ['Portability', 'Portabilidad', '51'],
    ['Transfers: rule / formalisation / exceptions', 'Transferencias: regla, formalización, excepciones', '59, 60, 64'],
    ['Unidad de Transparencia', 'Unidad de Transparencia', '79'],
  ].map(([guide, requirement, law]) => ({ section: '8', guide: guide!, requirement: `Renumeración 2017 → 2025: ${requirement}`, law: law!, rules: ['citation-2017-numbering', 'citation-unknown-provision'] })),
];

/** Rules that check no requirement of the law: hints, never above `info` (a test enforces it). */
export const HINTS: Readonly<Record<string, string>> = {
  'link-insecure': 'Un enlace `http://` puede alterarse en tránsito; ningún artículo exige `https://`.',
  'updated-date-future': 'La fecha de actualización no es un elemento del art. 21; una fecha futura suele ser un error de captura.',
};
