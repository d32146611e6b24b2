import { addReportOptions, addRunOptions } from './shared.js';
import type { RegisterCommand } from '../registry.js';
import { EXIT_HELP } from '../exit-codes.js';

const FORMAT_HELP = `
Formatos / formats: stylish (por omisión / default), json, sarif, junit, github, markdown, gitlab, auto
  auto = github si GITHUB_ACTIONS=true, si no stylish (es lo que se usa sin --format).
  --format se repite; cada uno escribe en la salida estándar o en su archivo:
    -f sarif:reporte.sarif            formato:archivo
    -f stylish -f sarif -o r.sarif    los N --output-file van a los ÚLTIMOS N formatos sin archivo
  Solo un formato puede ir a la salida estándar.

Línea base / baseline: --write-baseline [archivo] registra los hallazgos actuales
  (por omisión .notice-baseline.json); después solo fallan los nuevos. Si .notice-baseline.json
  existe se usa sin pedirlo; --no-baseline lo ignora. Entradas obsoletas: hallazgos info BASELINE-STALE.

Solo lo cambiado / only what changed: --changed (contra el merge-base con la rama principal, o
  HEAD en la rama principal) o --since <ref>; incluye cambios sin confirmar y archivos nuevos.
  Se revisan todos los avisos (las reglas entre avisos ven el espacio de trabajo completo) y se
  reportan los cambiados y los hallazgos entre avisos en que participa uno cambiado.
  Un cambio en notice.config.yaml, la línea base, package.json/package-lock.json o un *.schema.json
  revisa todos los avisos.

La ley / the law: todo aviso se juzga con la ley vigente hoy (LGPDPPSO 2025), diga lo que diga su
  fecha o su «law». --as-of AAAA-MM-DD da la vista histórica (la ley vigente en esa fecha).
  --today (o NOTICE_TODAY) fija «hoy» para una revisión reproducible.
`;

export const registerCheck: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('check')
    .alias('validate')
    .description('valida avisos contra el esquema y las reglas de la ley / validate notices against the schema and the law')
    .argument('[paths...]', 'archivos, carpetas o patrones glob (por omisión: notices de la configuración) / files, folders or globs');
  addRunOptions(addReportOptions(cmd))
    .option('--changed', 'solo reporta avisos cambiados respecto de la rama principal / report only notices changed vs the default branch')
    .option('--since <ref>', 'solo reporta avisos cambiados desde la referencia git / report only notices changed since a git ref')
    .option('--as-of <date>', 'auditoría histórica: la ley vigente en esa fecha AAAA-MM-DD / historical audit under the law in force on that date')
    .addHelpText('after', FORMAT_HELP + EXIT_HELP)
    .action(async (paths: string[], opts) => {
      const { runCheck } = await import('../commands/check.js');
      setExit(await runCheck(paths, opts, io));
    });
};
