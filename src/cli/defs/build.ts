import { Option } from 'commander';
import type { RegisterCommand } from '../registry.js';
import { EXIT_HELP } from '../exit-codes.js';
import { addReportOptions, addRunOptions } from './shared.js';

const collect = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];

export const BUILD_HELP = `
Configuración / configuration: notice.config.yaml, buscado desde la carpeta actual hacia arriba
hasta la raíz del repositorio (o --config). Cada opción de arriba sustituye a su clave del archivo:
  [avisos...] → notices    --out → out          --formats → formats    --base-url → baseUrl
  --paper → paper          --templates → templates  --lang → lang
  --cache-dir → cacheDir   (rules y theme solo en el archivo / rules and theme only in the file)
La salida (por omisión dist/avisos/) se escribe en una carpeta temporal y se intercambia al final;
notice solo borra archivos listados en su propio manifest.json y rechaza dist/, la raíz del
repositorio o carpetas con archivos ajenos. SOURCE_DATE_EPOCH fija todas las fechas.
Los hallazgos, los formatos de reporte (-f), --fail-on, --max-warnings y la línea base son los
mismos que en notice check; un aviso con errores no se publica (salvo --allow-errors, como borrador).
La línea base decide el código de salida, no la publicación: un error registrado en ella sigue
impidiendo publicar el aviso como definitivo.
${EXIT_HELP}`;

export const registerBuild: RegisterCommand = (program, io, setExit) => {
  const cmd = program
    .command('build')
    .description('revisa y compila los avisos a HTML, PDF, texto y JSON-LD / check and compile notices into a publishable folder')
    .argument('[paths...]', 'avisos: archivos, carpetas o globs (por omisión: notices de la configuración) / notices to build')
    .option('-o, --out <dir>', 'carpeta de salida (por omisión dist/avisos) / output folder')
    .option('--formats <list>', 'formatos: html,simplified-html,pdf,simplified-pdf,text,jsonld / output formats', collect)
    .option('--base-url <url>', 'URL base del sitio publicado, termina en / / base URL of the published site')
    .addOption(new Option('--paper <size>', 'tamaño de papel de los PDF / PDF paper size').choices(['letter', 'a4']))
    .option('--templates <dir>', 'carpeta de plantillas propias / template overrides folder')
    .option('--cache-dir <dir>', 'carpeta de caché (por omisión .notice-cache) / cache folder')
    .option('--allow-errors', 'compila como borrador los avisos con errores (sale con 1) / build notices with errors as drafts (exits 1)')
    .option('--clean', 'vacía antes la carpeta de salida (solo archivos propios) / empty the output folder first (own files only)')
    .option('-w, --watch', 'recompila al cambiar un aviso, plantilla o la configuración / rebuild on changes')
    .option('-q, --quiet', 'sin progreso ni resumen / no progress, no summary')
    .option('--no-progress', 'sin barra de progreso / no progress bar')
    .addOption(new Option('--as-of <date>').hideHelp());
  // -o stays --out here (the output folder); reports go with -f name:file or --output-file.
  addRunOptions(addReportOptions(cmd, { shortOutputFile: false }))
    .addHelpText('after', BUILD_HELP)
    .action(async (paths: string[], opts) => {
      const { runBuildCommand } = await import('../commands/build.js');
      setExit(await runBuildCommand(paths, opts, io));
    });
};
