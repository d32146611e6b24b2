import { Option, type Command } from 'commander';
import type { Tr } from '../lang.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Reports and the gate: the same flags, meaning the same thing, on `check` and `build`. */
export function addReportOptions(cmd: Command, t: Tr, o: { shortOutputFile: boolean } = { shortOutputFile: true }): Command {
  return cmd
    .addOption(new Option('-f, --format <name[:file]>', t('formato del reporte, repetible', 'report format, repeatable')).argParser(collect))
    .addOption(new Option(`${o.shortOutputFile ? '-o, ' : ''}--output-file <file>`, t('archivo del reporte, repetible', 'report file, repeatable')).argParser(collect))
    .addOption(new Option('--fail-on <severity>', t('severidad mínima que hace fallar', 'lowest failing severity')).choices(['error', 'warning', 'info']).default('error'))
    .option('--max-warnings <n>', t('falla si hay más de n advertencias', 'fail on more than n warnings'))
    .option('-q, --quiet', t('solo errores: sin advertencias ni notas en los reportes, sin progreso ni resumen', 'errors only: no warnings or notes in the reports, no progress or summary'))
    .option('--baseline [file]', t('usa una línea base (por omisión .notice-baseline.json)', 'use a baseline (default .notice-baseline.json)'))
    .option('--no-baseline', t('ignora la línea base', 'ignore any baseline'))
    .option('--write-baseline [file]', t('registra los hallazgos actuales como línea base', 'record the current findings as the baseline'))
    .option('--baseline-reason <text>', t('motivo guardado en cada entrada nueva', 'reason stored in each new entry'));
}

/** What every run of the runner takes: config, language, today, cache, threads, colour. */
export function addRunOptions(cmd: Command, t: Tr): Command {
  return cmd
    .option('-c, --config <file>', t('archivo de configuración (gana a la búsqueda)', 'config file (wins over discovery)'))
    .option('--print-config <file>', t('imprime la configuración que se aplica a ese aviso y sale', 'print the configuration that applies to that notice and exit'))
    .addOption(new Option('--lang <lang>', t('idioma de los mensajes (por omisión: LANG, la configuración o es)', 'message language (default: LANG, the config, or es)')).choices(['es', 'en']))
    .option('--today <date>', t('fecha de hoy AAAA-MM-DD para una revisión reproducible (o NOTICE_TODAY)', "today's date YYYY-MM-DD, for reproducible runs (or NOTICE_TODAY)"))
    .option('--no-cache', t('ignora la caché', 'ignore the cache'))
    .option('-j, --jobs <n>', t('hilos de trabajo (por omisión, uno por núcleo)', 'worker threads (default: one per core)'))
    .option('--color', t('fuerza colores', 'force colour'))
    .option('--no-color', t('sin colores', 'no colour'));
}
