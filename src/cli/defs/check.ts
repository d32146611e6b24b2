import { Option } from 'commander';
import type { RegisterCommand } from '../registry.js';
import { EXIT_HELP } from '../exit-codes.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

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
  Un cambio en notice.config.yaml, la línea base, package.json/package-lock.json o un *.schema.json
  revisa todos los avisos.
`;

export const registerCheck: RegisterCommand = (program, io, setExit) => {
  program
    .command('check')
    .alias('validate')
    .description('valida avisos contra el esquema y las reglas de la ley / validate notices against the schema and the law')
    .argument('[paths...]', 'archivos, carpetas o patrones glob (por omisión: notices/) / files, folders or globs')
    .addOption(new Option('-f, --format <name[:file]>', 'formato del reporte, repetible / report format, repeatable').argParser(collect))
    .addOption(new Option('-o, --output-file <file>', 'archivo del reporte, repetible / report file, repeatable').argParser(collect))
    .addOption(new Option('--fail-on <severity>', 'severidad mínima que hace fallar / lowest failing severity').choices(['error', 'warning', 'info']).default('error'))
    .option('--max-warnings <n>', 'falla si hay más de n advertencias / fail on more than n warnings')
    .option('--baseline [file]', 'usa una línea base (por omisión .notice-baseline.json) / use a baseline')
    .option('--no-baseline', 'ignora la línea base / ignore any baseline')
    .option('--write-baseline [file]', 'registra los hallazgos actuales como línea base / record current findings as baseline')
    .option('--baseline-reason <text>', 'motivo guardado en cada entrada nueva / reason stored in new entries')
    .option('--changed', 'solo avisos cambiados respecto de la rama principal / only notices changed vs the default branch')
    .option('--since <ref>', 'solo avisos cambiados desde la referencia git / only notices changed since a git ref')
    .addOption(new Option('--lang <lang>', 'idioma de los mensajes / message language').choices(['es', 'en']).default('es'))
    .option('--color', 'fuerza colores / force colour')
    .option('--no-color', 'sin colores / no colour')
    .addHelpText('after', FORMAT_HELP + EXIT_HELP)
    .action(async (paths: string[], opts) => {
      const { runCheck } = await import('../commands/check.js');
      setExit(await runCheck(paths, opts, io));
    });
};
