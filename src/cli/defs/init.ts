import type { RegisterCommand } from '../registry.js';

export const registerInit: RegisterCommand = (program, { io, setExit, t, lang }) => {
  program
    .command('init')
    .description(t('crea un espacio de trabajo: configuración, package.json, CI de GitHub y GitLab y un aviso de ejemplo', 'create a workspace: config, package.json, GitHub and GitLab CI and an example notice'))
    .argument('[dir]', t('carpeta destino (por omisión, la actual)', 'target folder (default: the current one)'))
    .addHelpText('after', t('\nNo sobrescribe archivos existentes (sale con 2).\n', '\nNever overwrites existing files (exit code 2).\n'))
    .action(async (dir: string | undefined) => {
      const { runInit } = await import('../commands/init.js');
      setExit(await runInit(dir, io, lang));
    });
};
