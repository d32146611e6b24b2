import { Option } from 'commander';
import type { RegisterCommand } from '../registry.js';
import { exitHelp } from '../exit-codes.js';
import type { Tr } from '../lang.js';
import { addReportOptions, addRunOptions } from './shared.js';

const collect = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];

export function buildHelp(t: Tr): string {
  return t(
    `
Configuración: notice.config.yaml, buscado desde la carpeta actual hacia arriba hasta la raíz del
repositorio (o --config). Cada opción de arriba sustituye a su clave del archivo:
  [avisos...] → notices    --out → out          --formats → formats    --base-url → baseUrl
  --paper → paper          --templates → templates  --lang → lang
  --cache-dir → cacheDir   (rules y theme solo en el archivo)
La salida (por omisión dist/avisos/) se escribe en una carpeta temporal y se intercambia al final;
notice solo borra archivos listados en su propio manifest.json y rechaza dist/, la raíz del
repositorio o carpetas con archivos ajenos. SOURCE_DATE_EPOCH fija todas las fechas.
Sin URL base (baseUrl o --base-url) no hay sitemap.xml ni enlaces absolutos, y notice lo advierte;
una URL base de ejemplo (example.com, ejemplo.gob.mx, .invalid…) es un error.
Los hallazgos, los formatos de reporte (-f), --fail-on, --max-warnings y la línea base son los
mismos que en notice check; un aviso con errores no se publica (salvo --allow-errors, como borrador).
La línea base decide el código de salida, no la publicación: un error registrado en ella sigue
impidiendo publicar el aviso como definitivo.
`,
    `
Configuration: notice.config.yaml, looked for from the current folder up to the repository root
(or --config). Each option above replaces its key of the file:
  [notices...] → notices   --out → out          --formats → formats    --base-url → baseUrl
  --paper → paper          --templates → templates  --lang → lang
  --cache-dir → cacheDir   (rules and theme only in the file)
The output (default dist/avisos/) is written to a temporary folder and swapped in at the end;
notice only deletes files listed in its own manifest.json and refuses dist/, the repository root
or folders holding other files. SOURCE_DATE_EPOCH pins every date.
Without a base URL (baseUrl or --base-url) there is no sitemap.xml and no absolute link, and
notice warns about it; a sample base URL (example.com, ejemplo.gob.mx, .invalid…) is an error.
Findings, report formats (-f), --fail-on, --max-warnings and the baseline are the same as in
notice check; a notice with errors is not published (unless --allow-errors, as a draft).
The baseline decides the exit code, not publishing: an error recorded in it still keeps the
notice from being published as final.
`,
  );
}

export const registerBuild: RegisterCommand = (program, { io, setExit, t }) => {
  const cmd = program
    .command('build')
    .description(t('revisa y compila los avisos a HTML, PDF, texto y JSON-LD', 'check and compile the notices into HTML, PDF, text and JSON-LD'))
    .argument('[paths...]', t('avisos: archivos, carpetas o globs (por omisión: notices de la configuración)', "notices: files, folders or globs (default: the config's notices)"))
    .option('-o, --out <dir>', t('carpeta de salida (por omisión dist/avisos)', 'output folder (default dist/avisos)'))
    .option('--formats <list>', t('formatos: html,simplified-html,pdf,simplified-pdf,text,jsonld', 'output formats: html,simplified-html,pdf,simplified-pdf,text,jsonld'), collect)
    .option('--base-url <url>', t('URL base del sitio publicado, termina en /', 'base URL of the published site, ending in /'))
    .addOption(new Option('--paper <size>', t('tamaño de papel de los PDF', 'PDF paper size')).choices(['letter', 'a4']))
    .option('--templates <dir>', t('carpeta de plantillas propias', 'template overrides folder'))
    .option('--cache-dir <dir>', t('carpeta de caché (por omisión .notice-cache)', 'cache folder (default .notice-cache)'))
    .option('--allow-errors', t('compila como borrador los avisos con errores (sale con 1)', 'build notices with errors as drafts (exits 1)'))
    .option('--clean', t('vacía antes la carpeta de salida (solo archivos propios)', 'empty the output folder first (own files only)'))
    .option('-w, --watch', t('recompila al cambiar un aviso, plantilla o la configuración', 'rebuild when a notice, a template or the config changes'))
    .option('--no-progress', t('sin barra de progreso', 'no progress bar'))
    .addOption(new Option('--as-of <date>').hideHelp());
  // -o stays --out here (the output folder); reports go with -f name:file or --output-file.
  addRunOptions(addReportOptions(cmd, t, { shortOutputFile: false }), t)
    .addHelpText('after', buildHelp(t) + exitHelp(t))
    .action(async (paths: string[], opts) => {
      const { runBuildCommand } = await import('../commands/build.js');
      setExit(await runBuildCommand(paths, opts, io));
    });
};
