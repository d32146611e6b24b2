import { Option } from 'commander';
import type { RegisterCommand } from '../registry.js';
import { EXIT_HELP } from '../exit-codes.js';

const collect = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];

export const BUILD_HELP = `
Configuración / configuration: notice.config.yaml, buscado desde la carpeta actual hacia arriba
hasta la raíz del repositorio (o --config). Cada opción de arriba sustituye a su clave del archivo:
  [avisos...] → notices    --out → out          --formats → formats    --base-url → baseUrl
  --law → law              --paper → paper      --templates → templates --lang → lang
  --cache-dir → cacheDir   (rules y theme solo en el archivo / rules and theme only in the file)
La salida (por omisión dist/avisos/) se escribe en una carpeta temporal y se intercambia al final;
notice solo borra archivos listados en su propio manifest.json y rechaza dist/, la raíz del
repositorio o carpetas con archivos ajenos. SOURCE_DATE_EPOCH fija todas las fechas.
${EXIT_HELP}`;

export const registerBuild: RegisterCommand = (program, io, setExit) => {
  program
    .command('build')
    .description('revisa y compila los avisos a HTML, PDF, texto y JSON-LD / check and compile notices into a publishable folder')
    .argument('[paths...]', 'avisos: archivos, carpetas o globs (por omisión: notices de la configuración) / notices to build')
    .option('-c, --config <file>', 'archivo de configuración (gana a la búsqueda) / config file (wins over discovery)')
    .option('-o, --out <dir>', 'carpeta de salida (por omisión dist/avisos) / output folder')
    .option('--formats <list>', 'formatos: html,simplified-html,pdf,simplified-pdf,text,jsonld / output formats', collect)
    .option('--base-url <url>', 'URL base del sitio publicado, termina en / / base URL of the published site')
    .addOption(new Option('--law <version>', 'ley por omisión / default law version').choices(['LGPDPPSO-2025', 'LGPDPPSO-2017']))
    .addOption(new Option('--paper <size>', 'tamaño de papel de los PDF / PDF paper size').choices(['letter', 'a4']))
    .option('--templates <dir>', 'carpeta de plantillas propias / template overrides folder')
    .option('--cache-dir <dir>', 'carpeta de caché (por omisión .notice-cache) / cache folder')
    .addOption(new Option('--lang <lang>', 'idioma de los mensajes / message language').choices(['es', 'en']))
    .addOption(new Option('-f, --format <name>', 'formato del reporte de hallazgos / findings report format').default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'umbral del código de salida 1 / exit-code 1 threshold').choices(['error', 'warning', 'info']).default('error'))
    .option('--allow-errors', 'compila como borrador los avisos con errores de reglas (sale con 1) / build notices with rule errors as drafts (exits 1)')
    .option('--no-cache', 'ignora la caché y compila todo / ignore the cache, rebuild everything')
    .option('--clean', 'vacía antes la carpeta de salida (solo archivos propios) / empty the output folder first (own files only)')
    .option('-w, --watch', 'recompila al cambiar un aviso, plantilla o la configuración / rebuild on changes')
    .option('-j, --jobs <n>', 'hilos de trabajo (por omisión, uno por núcleo) / worker threads (default: one per core)')
    .option('-q, --quiet', 'sin progreso ni resumen / no progress, no summary')
    .option('--no-progress', 'sin barra de progreso / no progress bar')
    .option('--color', 'fuerza colores / force colour')
    .option('--no-color', 'sin colores / no colour')
    .addHelpText('after', BUILD_HELP)
    .action(async (paths: string[], opts) => {
      const { runBuildCommand } = await import('../commands/build.js');
      setExit(await runBuildCommand(paths, opts, io));
    });
};
