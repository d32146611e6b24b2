import type { RegisterCommand } from '../registry.js';

export const registerNew: RegisterCommand = (program, { io, setExit, t, lang }) => {
  program
    .command('new')
    .description(t('agrega el esqueleto de un aviso con todas las secciones obligatorias', 'add a notice skeleton with every required section'))
    .argument('<id>', t('identificador del aviso: minúsculas, números y guiones', 'notice id: lower case, digits and hyphens'))
    .option('-d, --dir <dir>', t('carpeta de avisos (por omisión, la de la configuración o notices/)', "notices folder (default: the config's, or notices/)"))
    .option('-c, --config <file>', t('archivo de configuración', 'config file'))
    .addHelpText('after', t('\nNo sobrescribe archivos existentes (sale con 2).\n', '\nNever overwrites existing files (exit code 2).\n'))
    .action(async (id: string, opts) => {
      const { runNew } = await import('../commands/new.js');
      setExit(await runNew(id, opts, io, lang));
    });
};
