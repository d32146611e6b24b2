import type { RegisterCommand } from '../registry.js';

export const registerServe: RegisterCommand = (program, io, setExit) => {
  program
    .command('serve')
    .description('sirve la carpeta de salida en 127.0.0.1 con recarga automática / preview the output folder with live reload')
    .option('-c, --config <file>', 'archivo de configuración / config file')
    .option('-o, --out <dir>', 'carpeta a servir (por omisión, la de la configuración) / folder to serve')
    .option('-p, --port <n>', 'puerto / port', '4173')
    .addHelpText('after', '\nUse junto con `notice build --watch` en otra terminal. / Pair with `notice build --watch`.\n')
    .action(async (opts) => {
      const { runServe } = await import('../commands/serve.js');
      setExit(await runServe(opts, io));
    });
};
