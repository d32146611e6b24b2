import { entry } from './types.js';

/** Codes of the rules engine and the CI gate that are not rules themselves. */
export const ENGINE_CODES = {
  'RULESET-SELECTED': entry(
    'info',
    ['Conjunto de reglas aplicado', 'Ruleset applied'],
    ['Reglas aplicadas: {ruleset} ({reason}).', 'Ruleset applied: {ruleset} ({reason}).'],
    ['Nota informativa: qué conjunto de reglas juzgó el aviso y por qué. Todo aviso revisado hoy se juzga con la ley vigente (`lgpdppso-2025`, en vigor desde el 21-03-2025), diga lo que diga su fecha o su `law`. Solo una auditoría histórica pedida con `--as-of AAAA-MM-DD` aplica la ley vigente en esa fecha (`lgpdppso-2017` antes del 21-03-2025), y lo que se revisa así nunca se publica como definitivo.', 'Info note: which ruleset judged the notice and why. Every notice checked today is judged under the law in force (`lgpdppso-2025`, in force since 2025-03-21), whatever its date or `law` says. Only a historical audit asked for with `--as-of YYYY-MM-DD` applies the law in force on that date (`lgpdppso-2017` before 2025-03-21), and what is checked that way is never published as final.'],
    ['Nada que corregir.', 'Nothing to fix.'],
    { runNote: true },
  ),
  'SUPPRESSION-UNUSED': entry(
    'warning',
    ['Excepción sin uso', 'Unused suppression'],
    ['La excepción a la regla «{rule}»{at} no silencia ningún hallazgo: retírela.', 'The suppression of rule "{rule}"{at} silences no finding: remove it.'],
    ['Una entrada de `suppressions` no silencia ningún hallazgo: la regla ya no lo reporta en ese lugar (se corrigió el aviso o cambió el puntero `at`).', 'A `suppressions` entry silences no finding: the rule no longer reports at that place (the notice was fixed or the `at` pointer changed).'],
    ['Retire la entrada, o corrija su `at`.', 'Remove the entry, or correct its `at`.'],
  ),
  'SUPPRESSION-EXPIRED': entry(
    'warning',
    ['Excepción vencida', 'Expired suppression'],
    ['La excepción a la regla «{rule}» venció el {until}: el hallazgo vuelve a contar. Corríjalo o renueve la excepción con una nueva justificación.', 'The suppression of rule "{rule}" expired on {until}: the finding counts again. Fix it or renew the suppression with a new reason.'],
    ['La fecha `until` de una excepción ya pasó: el hallazgo vuelve a contar.', "A suppression's `until` date has passed: the finding counts again."],
    ['Corrija el aviso, o renueve la excepción con una nueva justificación y fecha.', 'Fix the notice, or renew the suppression with a new reason and date.'],
  ),
  'SUPPRESSION-UNKNOWN-RULE': entry(
    'warning',
    ['Excepción a una regla inexistente', 'Suppression of an unknown rule'],
    ['La regla «{rule}» no existe; `notice rules` lista las reglas.{suggestion}', 'There is no rule "{rule}"; `notice rules` lists them.{suggestion}'],
    ['Una entrada de `suppressions` nombra una regla que no existe (error de dedo o regla renombrada).', 'A `suppressions` entry names a rule that does not exist (typo or renamed rule).'],
    ['Use un identificador de `notice rules`.', 'Use an id from `notice rules`.'],
  ),
  'BASELINE-STALE': entry(
    'info',
    ['Entrada obsoleta de la línea base', 'Stale baseline entry'],
    ['La línea base registra un hallazgo {code} en {pointer} que ya no ocurre; quite la entrada con `notice check --write-baseline`.', 'The baseline records a {code} finding at {pointer} that no longer occurs; remove the entry with `notice check --write-baseline`.'],
    ['Una entrada del archivo de línea base ya no corresponde a ningún hallazgo: el aviso se corrigió o el hallazgo cambió de lugar.', 'A baseline entry no longer matches any finding: the notice was fixed or the finding moved.'],
    ['Regenere la línea base (`notice check --write-baseline`) para retirarla.', 'Regenerate the baseline (`notice check --write-baseline`) to drop it.'],
  ),
};
