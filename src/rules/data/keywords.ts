/**
 * Keyword lists the rules match against lower-case, accent-free text. Data, not code: the legal
 * team extends them. Each list compiles once into one regular expression.
 */

/**
 * Names of data items that reveal what art. 3 fr. X names as sensitive: origen racial o étnico,
 * estado de salud presente o futuro, información genética, creencias religiosas, filosóficas y
 * morales, opiniones políticas, preferencia sexual.
 */
export const SENSITIVE_KEYWORDS_BY_CATEGORY: Readonly<Record<string, readonly string[]>> = {
  health: [
    'diagnostico', 'expediente clinico', 'historial clinico', 'historia clinica', 'antecedentes clinicos', 'tratamiento medico',
    'estado de salud', 'padecimiento', 'enfermedad(?:es)?', 'discapacidad', 'receta medica', 'resultado(?:s)? de laboratorio',
    'estudios? clinicos?', 'alergias?', 'embarazo', 'vih', 'salud mental',
  ],
  genetic: ['genetic[oa]s?', 'adn'],
  'ethnic-origin': ['origen (?:racial|etnico)', 'etnia', 'pertenencia (?:a un pueblo )?indigena', 'lengua indigena'],
  beliefs: ['creencias? religiosas?', 'religion'],
  political: ['opiniones? politicas?'],
  'sexual-life': ['preferencia sexual', 'orientacion sexual'],
};

export const SENSITIVE_KEYWORDS: readonly string[] = Object.values(SENSITIVE_KEYWORDS_BY_CATEGORY).flat();

/** Categories art. 3 fr. X names as sensitive. */
export const SENSITIVE_CATEGORIES: ReadonlySet<string> = new Set(['health', 'genetic', 'ethnic-origin', 'beliefs', 'political', 'sexual-life']);

/**
 * Data treated as sensitive in federal practice though art. 3 fr. X does not name them: their misuse
 * can "conlleve un riesgo grave" (the article's general clause). Biometrics first.
 */
export const LIKELY_SENSITIVE_KEYWORDS: readonly string[] = [
  'biometri[ac]', 'biometricos?', 'reconocimiento facial', 'rasgos faciales', 'huellas? dactilar(?:es)?', 'huellas? digital(?:es)?', 'iris',
  'voz (?:como|para) (?:identificacion|autenticacion)', 'afiliacion sindical', 'identidad de genero', 'vida sexual',
];

export const LIKELY_SENSITIVE_CATEGORIES: ReadonlySet<string> = new Set(['biometric']);

/**
 * Purposes that go beyond the service requested, and so need consent (art. 12 ¶2, 21 fr. IV):
 * surveys, messages about other services, marketing, future communications.
 */
export const BEYOND_SERVICE_KEYWORDS: readonly string[] = [
  'encuestas?', 'evaluar la calidad', 'calidad del servicio', 'satisfaccion',
  'mensajes (?:de caracter )?informativos? de (?:este y )?otros', 'otros tramites', 'otros servicios',
  'difusion', 'promocion', 'publicidad', 'boletin', 'invitaciones?', 'comunicaciones futuras',
  'fines? (?:mercadotecnicos|publicitarios|comerciales)', 'mercadotecnia',
];

/** Signs that the data subjects include children or adolescents (art. 7 ¶2). */
export const MINORS_KEYWORDS: readonly string[] = [
  'menores de edad', 'menor de edad', 'ninas?,? ninos?', 'ninos?', 'adolescentes?', 'pediatric[oa]s?',
  'lactantes?', 'recien nacid[oa]s?', 'alumn[oa]s? de (?:primaria|preescolar|secundaria)', 'educacion basica',
];

/** Signs that the text addresses representation of minors (consent by parents or guardians). */
export const REPRESENTATION_KEYWORDS: readonly string[] = [
  'padre', 'madre', 'tutor', 'representante', 'patria potestad', 'tutela', 'quien ejerza',
];

/** Wording of aggregated or anonymised statistics (art. 16 fr. IX): no consent needed. */
export const DEIDENTIFIED_KEYWORDS: readonly string[] = [
  'no nominal(?:es)?', 'disociad[oa]s?', 'agregad[oa]s?', 'anonimizad[oa]s?', 'anonim[oa]s?',
  'sin que (?:en ningun momento )?se identifique(?:n)?', 'no se incluiran datos que permitan identificar\\w*',
  'que no (?:identifica|identifican|permite|permiten|permitan) identificar\\w*', 'que no identifica(?:n)? a (?:ninguna|las) persona',
];

/** Compile a keyword list into one case-insensitive regular expression over folded text. */
export function keywordRegex(words: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${words.join('|')})\\b`);
}
