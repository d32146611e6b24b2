import type { Lang } from '../diagnostics/diagnostic.js';
import { fill } from '../i18n/messages.js';

/** Messages of the codes the rules engine itself emits (not rules). */
export const ENGINE_MESSAGES = {
  'RULESET-SELECTED': {
    es: 'Reglas aplicadas: {ruleset} ({reason}).',
    en: 'Ruleset applied: {ruleset} ({reason}).',
  },
  'SUPPRESSION-UNUSED': {
    es: 'La excepción a la regla «{rule}»{at} no silencia ningún hallazgo: retírela.',
    en: 'The suppression of rule "{rule}"{at} silences no finding: remove it.',
  },
  'SUPPRESSION-EXPIRED': {
    es: 'La excepción a la regla «{rule}» venció el {until}: el hallazgo vuelve a contar. Corríjalo o renueve la excepción con una nueva justificación.',
    en: 'The suppression of rule "{rule}" expired on {until}: the finding counts again. Fix it or renew the suppression with a new reason.',
  },
  'SUPPRESSION-UNKNOWN-RULE': {
    es: 'La regla «{rule}» no existe; `notice rules` lista las reglas.{suggestion}',
    en: 'There is no rule "{rule}"; `notice rules` lists them.{suggestion}',
  },
} as const;

export type EngineCode = keyof typeof ENGINE_MESSAGES;

export const ENGINE_TITLES: Record<EngineCode, Record<Lang, string>> = {
  'RULESET-SELECTED': { es: 'Conjunto de reglas aplicado', en: 'Ruleset applied' },
  'SUPPRESSION-UNUSED': { es: 'Excepción sin uso', en: 'Unused suppression' },
  'SUPPRESSION-EXPIRED': { es: 'Excepción vencida', en: 'Expired suppression' },
  'SUPPRESSION-UNKNOWN-RULE': { es: 'Excepción a una regla inexistente', en: 'Suppression of an unknown rule' },
};

export function engineMessage(code: EngineCode, lang: Lang, data: Record<string, unknown> = {}): string {
  return fill(ENGINE_MESSAGES[code][lang], data);
}
