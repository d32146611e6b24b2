import type { RegisterCommand } from '../registry.js';

export const registerServe: RegisterCommand = (program, { io, setExit, t, lang }) => {
  program
    .command('serve')
    .description(t('sirve la carpeta de salida en 127.0.0.1 con recarga automática', 'preview the output folder on 127.0.0.1 with live reload'))
    .option('-c, --config <file>', t('archivo de configuración', 'config file'))
    .option('-o, --out <dir>', t('carpeta a servir (por omisión, la de la configuración)', "folder to serve (default: the config's)"))
    .option('-p, --port <n>', t('puerto', 'port'), '4173')
    .addHelpText('after', t('\nUse junto con `notice build --watch` en otra terminal.\n', '\nPair with `notice build --watch` in another terminal.\n'))
    .action(async (opts) => {
      const { runServe } = await import('../commands/serve.js');
      setExit(await runServe({ ...opts, lang }, io));
    });
};
