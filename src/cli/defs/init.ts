import type { RegisterCommand } from '../registry.js';

export const registerInit: RegisterCommand = (program, io, setExit) => {
  program
    .command('init')
    .description('crea un espacio de trabajo: configuración, un aviso de ejemplo comentado y un flujo de CI / create a workspace')
    .argument('[dir]', 'carpeta destino (por omisión, la actual) / target folder')
    .addHelpText('after', '\nNo sobrescribe archivos existentes (sale con 2). / Never overwrites existing files (exit code 2).\n')
    .action(async (dir: string | undefined) => {
      const { runInit } = await import('../commands/init.js');
      setExit(await runInit(dir, io));
    });
};
