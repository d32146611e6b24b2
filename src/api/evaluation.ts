import { UsageError } from '../errors.js';
import { LAW_2025_IN_FORCE, type Evaluation } from '../rules/select-ruleset.js';
import { isDateOrMonth } from '../schema/formats.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string, flag: string): string {
  if (!DAY.test(value) || !isDateOrMonth(value)) throw new UsageError(`${flag} espera una fecha AAAA-MM-DD que exista, no «${value}».`, { en: `${flag} expects an existing YYYY-MM-DD date, not "${value}".` });
  return value;
}

/** Today's date in UTC, read once per run at the edge (the CLI or the API call), never in a rule. */
export function currentDate(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The dates a run judges notices at. `today` comes from the caller (`--today`, NOTICE_TODAY) or
 * the clock, read here once; `asOf` asks for a historical audit and may not be in the future.
 */
export function evaluationFor(today: string | undefined, asOf: string | undefined): Evaluation {
  const t = today === undefined ? currentDate() : day(today, '--today');
  // A "today" before the 2025 law would silently judge (and publish) under the abrogated one:
  // the past is looked at only through an explicit historical audit.
  if (t < LAW_2025_IN_FORCE) {
    throw new UsageError(
      `--today ${t} es anterior a la entrada en vigor de la LGPDPPSO 2025 (${LAW_2025_IN_FORCE}); hoy todo aviso se juzga con esa ley. Para ver cómo estaba un aviso bajo la ley anterior use \`notice check --as-of ${t}\`.`,
      { en: `--today ${t} is before the LGPDPPSO 2025 came into force (${LAW_2025_IN_FORCE}); today every notice is judged under that law. To see how a notice stood under the previous law use \`notice check --as-of ${t}\`.` },
    );
  }
  if (asOf === undefined) return { today: t };
  const a = day(asOf, '--as-of');
  if (a > t) throw new UsageError(`--as-of ${a} es posterior a hoy (${t}): una auditoría histórica mira al pasado.`, { en: `--as-of ${a} is after today (${t}): a historical audit looks at the past.` });
  return { today: t, asOf: a };
}
