import { Option, type Command } from 'commander';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Reports and the gate: the same flags, meaning the same thing, on `check` and `build`. */
export function addReportOptions(cmd: Command, o: { shortOutputFile: boolean } = { shortOutputFile: true }): Command {
  return cmd
    .addOption(new Option('-f, --format <name[:file]>', 'formato del reporte, repetible / report format, repeatable').argParser(collect))
    .addOption(new Option(`${o.shortOutputFile ? '-o, ' : ''}--output-file <file>`, 'archivo del reporte, repetible / report file, repeatable').argParser(collect))
    .addOption(new Option('--fail-on <severity>', 'severidad mínima que hace fallar / lowest failing severity').choices(['error', 'warning', 'info']).default('error'))
    .option('--max-warnings <n>', 'falla si hay más de n advertencias / fail on more than n warnings')
    .option('--baseline [file]', 'usa una línea base (por omisión .notice-baseline.json) / use a baseline')
    .option('--no-baseline', 'ignora la línea base / ignore any baseline')
    .option('--write-baseline [file]', 'registra los hallazgos actuales como línea base / record current findings as baseline')
    .option('--baseline-reason <text>', 'motivo guardado en cada entrada nueva / reason stored in new entries');
}

/** What every run of the runner takes: config, language, today, cache, threads. */
export function addRunOptions(cmd: Command): Command {
  return cmd
    .option('-c, --config <file>', 'archivo de configuración (gana a la búsqueda) / config file (wins over discovery)')
    .addOption(new Option('--lang <lang>', 'idioma de los mensajes (por omisión, el de la configuración o es) / message language').choices(['es', 'en']))
    .option('--today <date>', 'fecha de hoy AAAA-MM-DD para una revisión reproducible (o NOTICE_TODAY) / today\'s date, for reproducible runs')
    .option('--no-cache', 'ignora la caché / ignore the cache')
    .option('-j, --jobs <n>', 'hilos de trabajo (por omisión, uno por núcleo) / worker threads (default: one per core)')
    .option('--color', 'fuerza colores / force colour')
    .option('--no-color', 'sin colores / no colour');
}
