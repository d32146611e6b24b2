/**
 * Vague or open-ended phrases (art. 20 ¶3: the notice must be clear and simple). This is DATA the
 * legal team extends: add an entry with a regular expression over accent-free, lower-case text
 * (write "limitativo", it also matches "limitatívo") and a suggestion. Keep `id` stable: it shows up
 * in findings and suppressions.
 */
export interface VaguePhrase {
  id: string;
  /** Regular expression source, matched against lower-case text without accents. */
  pattern: string;
  /** How the phrase is usually written, for the message. */
  shown: string;
  suggestion: { es: string; en: string };
}

export const VAGUE_PHRASES: readonly VaguePhrase[] = [
  { id: 'entre-otros', pattern: '\\bentre otr[oa]s\\b', shown: 'entre otros', suggestion: { es: 'enumere la lista completa', en: 'give the complete list' } },
  { id: 'como-por-ejemplo', pattern: '\\bcomo por ejemplo\\b', shown: 'como por ejemplo', suggestion: { es: 'enumere los casos concretos', en: 'list the actual cases' } },
  { id: 'etc', pattern: '\\betc(?:\\.|etera\\b)', shown: 'etc.', suggestion: { es: 'enumere todos los elementos', en: 'list every item' } },
  { id: 'y-o', pattern: '\\by\\s*/\\s*o\\b', shown: 'y/o', suggestion: { es: 'escriba «y» u «o», según corresponda', en: 'write either "y" or "o"' } },
  { id: 'enunciativa-no-limitativa', pattern: '\\b(?:de )?(?:manera|forma) enunciativa,? (?:mas|pero) no limitativa\\b', shown: 'de manera enunciativa mas no limitativa', suggestion: { es: 'enumere la lista completa y cerrada', en: 'give the complete, closed list' } },
  { id: 'sin-ser-limitativo', pattern: '\\bsin (?:ser|que sea[n]?) limitativ[oa]s?\\b', shown: 'sin ser limitativos', suggestion: { es: 'enumere la lista completa y cerrada', en: 'give the complete, closed list' } },
  { id: 'salvo-excepciones', pattern: '\\(?\\bsalvo excepciones\\b\\)?', shown: '(salvo excepciones)', suggestion: { es: 'diga cuáles son las excepciones', en: 'state the exceptions' } },
  { id: 'otras-causas', pattern: '\\bo por otras causas\\b', shown: 'o por otras causas', suggestion: { es: 'diga cuáles son las causas', en: 'state the causes' } },
  { id: 'entre-otras-cosas', pattern: '\\by demas (?:datos|finalidades|medios)\\b', shown: 'y demás datos/finalidades/medios', suggestion: { es: 'enumere cada uno', en: 'list each one' } },
  { id: 'cualquier-otro-mecanismo', pattern: '\\bcualquier otro mecanismo\\b', shown: 'cualquier otro mecanismo', suggestion: { es: 'diga qué mecanismos concretos se usan', en: 'name the actual mechanisms' } },
  { id: 'siguiente-liga-sin-url', pattern: '\\ben (?:la|el) siguiente (?:liga|enlace|hipervinculo|link)\\b(?![^\\n]*(?:https?://|www\\.))', shown: 'en la siguiente liga (sin dirección)', suggestion: { es: 'escriba la dirección completa', en: 'write the full address' } },
  { id: 'consulte-manual', pattern: '\\bconsulte (?:el|los) (?:manual|lineamientos?|reglamento)\\b(?![^\\n]*(?:https?://|www\\.))', shown: 'consulte el manual… (sin enlace)', suggestion: { es: 'enlace el documento o cite el artículo exacto', en: 'link the document or cite the exact article' } },
];
