/**
 * The 2017 → 2025 renumbering of the LGPDPPSO (legal guide §8, CORROBORATED): the 2025 law moved
 * most articles six places down (consent exceptions 22 → 16, ARCO 43–56 → 37–50, portability
 * 57 → 51, transfers 65–70 → 59–64, Unidad de Transparencia 85 → 79), except the notice itself
 * (26 → 20, 27 → 22, 28 → 21).
 */
export function from2017(article: number): number | undefined {
  if (article === 26) return 20;
  if (article === 27) return 22;
  if (article === 28) return 21;
  if (article >= 16 && article <= 85) return article - 6;
  return undefined;
}

/** A subject a citation can be about, the 2025 articles that regulate it, and how a text names it. */
export interface Topic {
  id: string;
  label: { es: string; en: string };
  /** Folded-text pattern naming the subject. */
  words: RegExp;
  /** 2025 articles on the subject. */
  articles: ReadonlySet<number>;
  /** Lower priority: used only when no other subject is named in the sentence. */
  weak?: boolean;
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

export const TOPICS: readonly Topic[] = [
  {
    id: 'consent-exceptions',
    label: { es: 'excepciones al consentimiento', en: 'consent exceptions' },
    words: /\bno (?:se )?requ(?:ie|e)r\w* (?:de(?:l)? )?(?:su |el |del )?consentimiento|\bsin (?:necesidad de (?:requerir |recabar |contar con )?)?(?:su |el )?consentimiento|\bexcepcion\w* (?:al|del|de|en materia de) consentimiento|\bno (?:estara|esta) obligad\w* a recabar/,
    articles: new Set([16, 64]),
  },
  { id: 'transfers', label: { es: 'transferencias', en: 'transfers' }, words: /\btransferenc|\btransferi[rd]|\btransfier/, articles: new Set([...range(59, 65), 16]) },
  {
    id: 'arco',
    label: { es: 'derechos ARCO', en: 'ARCO rights' },
    words: /\bderechos? arco\b|\bacceso, rectificacion, cancelacion\b/,
    articles: new Set([...range(37, 51), 79, 86]),
  },
  { id: 'portability', label: { es: 'portabilidad', en: 'portability' }, words: /\bportabilidad\b/, articles: new Set([51]) },
  { id: 'transparency-unit', label: { es: 'Unidad de Transparencia', en: 'Transparency Unit' }, words: /\bunidad de transparencia\b/, articles: new Set([79, 80, 46]) },
  { id: 'security', label: { es: 'medidas de seguridad', en: 'security measures' }, words: /\bmedidas de seguridad\b|\bvulneraci/, articles: new Set(range(25, 35)) },
  {
    id: 'notice',
    label: { es: 'aviso de privacidad', en: 'privacy notice' },
    words: /\baviso de privacidad (?:integral|simplificado)\b|\bcontenido del aviso\b|\bmodalidad simplificada\b|\bdeber de informar\b/,
    articles: new Set([20, 21, 22]),
    weak: true,
  },
];

/** The one subject a sentence names (a weak subject only when no other is named). */
export function topicOf(sentence: string): Topic | undefined {
  const strong = TOPICS.filter((t) => !t.weak && t.words.test(sentence));
  if (strong.length === 1) return strong[0];
  // "Se transfieren sin su consentimiento conforme al artículo…": one subject, transfers without consent.
  if (strong.length === 2 && strong.every((t) => t.id === 'transfers' || t.id === 'consent-exceptions')) {
    return { id: 'transfers-without-consent', label: { es: 'transferencias sin consentimiento', en: 'transfers without consent' }, words: /$^/, articles: new Set([...strong[0]!.articles, ...strong[1]!.articles]) };
  }
  if (strong.length > 1) return undefined;
  const weak = TOPICS.filter((t) => t.weak && t.words.test(sentence));
  return weak.length === 1 ? weak[0] : undefined;
}
