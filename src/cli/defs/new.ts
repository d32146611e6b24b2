import type { RegisterCommand } from '../registry.js';

export const registerNew: RegisterCommand = (program, io, setExit) => {
  program
    .command('new')
    .description('agrega el esqueleto de un aviso con todas las secciones obligatorias / add a notice skeleton')
    .argument('<id>', 'identificador del aviso: minúsculas, números y guiones / notice id (a slug)')
    .option('-d, --dir <dir>', 'carpeta de avisos (por omisión, la de la configuración o notices/) / notices folder')
    .option('-c, --config <file>', 'archivo de configuración / config file')
    .addHelpText('after', '\nNo sobrescribe archivos existentes (sale con 2). / Never overwrites existing files (exit code 2).\n')
    .action(async (id: string, opts) => {
      const { runNew } = await import('../commands/new.js');
      setExit(await runNew(id, opts, io));
    });
};
