import { addReportOptions, addRunOptions } from './shared.js';
import type { RegisterCommand } from '../registry.js';
import { exitHelp } from '../exit-codes.js';
import type { Tr } from '../lang.js';

function formatHelp(t: Tr): string {
  return t(
    `
Formatos: stylish (por omisión), json, sarif, junit, github, markdown, gitlab, auto
  auto = github si GITHUB_ACTIONS=true, si no stylish (es lo que se usa sin --format).
  --format se repite; cada uno escribe en la salida estándar o en su archivo:
    -f sarif:reporte.sarif            formato:archivo
    -f stylish -f sarif -o r.sarif    los N --output-file van a los ÚLTIMOS N formatos sin archivo
  Solo un formato puede ir a la salida estándar.

Entrada estándar: «notice check -» lee un aviso de la entrada estándar; --stdin-filepath
  le da el nombre con que se reporta (por omisión «<stdin>»).

Línea base: --write-baseline [archivo] registra los hallazgos actuales
  (por omisión .notice-baseline.json); después solo fallan los nuevos. Si .notice-baseline.json
  existe se usa sin pedirlo; --no-baseline lo ignora. Entradas obsoletas: hallazgos info BASELINE-STALE.

Solo lo cambiado: --changed (contra el merge-base con la rama principal, o HEAD en la rama
  principal) o --since <ref>; incluye cambios sin confirmar y archivos nuevos. Se revisan todos
  los avisos (las reglas entre avisos ven el espacio de trabajo completo) y se reportan los
  cambiados y los hallazgos entre avisos en que participa uno cambiado. Un cambio en
  notice.config.yaml, la línea base, package.json/package-lock.json o un *.schema.json revisa
  todos los avisos.

La ley: todo aviso se juzga con la ley vigente hoy (LGPDPPSO 2025), diga lo que diga su fecha o
  su «law». --as-of AAAA-MM-DD da la vista histórica (la ley vigente en esa fecha).
  --today (o NOTICE_TODAY) fija «hoy» para una revisión reproducible.

Idioma: --lang, si no LC_ALL/LC_MESSAGES/LANG (es_* o en_*), si no «lang» de la configuración,
  si no español. Color: --color/--no-color, si no FORCE_COLOR/NO_COLOR, si no solo en una terminal
  (nunca con TERM=dumb).
`,
    `
Formats: stylish (default), json, sarif, junit, github, markdown, gitlab, auto
  auto = github when GITHUB_ACTIONS=true, else stylish (what runs without --format).
  --format repeats; each one writes to standard output or to its own file:
    -f sarif:report.sarif             format:file
    -f stylish -f sarif -o r.sarif    the N --output-file go to the LAST N formats without a file
  Only one format may write to standard output.

Standard input: "notice check -" reads one notice from standard input; --stdin-filepath
  gives the name it is reported under (default "<stdin>").

Baseline: --write-baseline [file] records the current findings (default
  .notice-baseline.json); afterwards only new ones fail. An existing .notice-baseline.json is used
  without asking; --no-baseline ignores it. Stale entries: BASELINE-STALE info findings.

Only what changed: --changed (against the merge base with the default branch, or HEAD on the
  default branch) or --since <ref>; uncommitted changes and new files included. Every notice is
  checked (rules across notices see the whole workspace); the changed ones are reported, plus
  findings across notices that a changed one is part of. A change to notice.config.yaml, the
  baseline, package.json/package-lock.json or a *.schema.json checks every notice.

The law: every notice is judged under the law in force today (LGPDPPSO 2025), whatever its date
  or "law" says. --as-of YYYY-MM-DD gives the historical view (the law in force on that date).
  --today (or NOTICE_TODAY) pins "today" for a reproducible run.

Language: --lang, else LC_ALL/LC_MESSAGES/LANG (es_* or en_*), else the config's "lang", else
  Spanish. Colour: --color/--no-color, else FORCE_COLOR/NO_COLOR, else only on a terminal (never
  with TERM=dumb).
`,
  );
}

export const registerCheck: RegisterCommand = (program, { io, setExit, t }) => {
  const cmd = program
    .command('check')
    .alias('validate')
    .description(t('valida avisos contra el esquema y las reglas de la ley', 'validate notices against the schema and the law'))
    .argument('[paths...]', t('archivos, carpetas o patrones glob, o «-» para la entrada estándar (por omisión: notices de la configuración)', 'files, folders or globs, or "-" for standard input (default: the config\'s notices)'));
  addRunOptions(addReportOptions(cmd, t), t)
    .option('--stdin-filepath <path>', t('nombre con que se reporta el aviso leído de la entrada estándar', 'name to report the notice read from standard input under'))
    .option('--changed', t('solo reporta avisos cambiados respecto de la rama principal', 'report only notices changed against the default branch'))
    .option('--since <ref>', t('solo reporta avisos cambiados desde la referencia git', 'report only notices changed since a git ref'))
    .option('--as-of <date>', t('auditoría histórica: la ley vigente en esa fecha AAAA-MM-DD', 'historical audit under the law in force on that date YYYY-MM-DD'))
    .addHelpText('after', formatHelp(t) + exitHelp(t))
    .action(async (paths: string[], opts) => {
      const { runCheck } = await import('../commands/check.js');
      setExit(await runCheck(paths, opts, io));
    });
};
