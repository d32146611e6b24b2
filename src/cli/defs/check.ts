import { Option } from 'commander';
import type { RegisterCommand } from '../registry.js';
import { EXIT_HELP } from '../exit-codes.js';

export const registerCheck: RegisterCommand = (program, io, setExit) => {
  program
    .command('check')
    .alias('validate')
    .description('valida avisos contra el esquema y las reglas de la ley / validate notices against the schema and the law')
    .argument('[paths...]', 'archivos, carpetas o patrones glob (por omisión: notices/) / files, folders or globs')
    .addOption(new Option('-f, --format <name>', 'formato del reporte / report format').default('stylish'))
    .addOption(new Option('--lang <lang>', 'idioma de los mensajes / message language').choices(['es', 'en']).default('es'))
    .option('--color', 'fuerza colores / force colour')
    .option('--no-color', 'sin colores / no colour')
    .addHelpText('after', EXIT_HELP)
    .action(async (paths: string[], opts) => {
      const { runCheck } = await import('../commands/check.js');
      setExit(await runCheck(paths, opts, io));
    });
};
