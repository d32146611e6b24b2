import { existsSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { loadConfig } from '../../config/load-config.js';
import { workspacePath } from '../../io/find-notices.js';
import type { CliIo } from '../io-context.js';

export interface ServeFlags {
  config?: string;
  out?: string;
  port: string;
}

/** `notice serve`: preview the output folder on 127.0.0.1 with live reload, until Ctrl+C. */
export async function runServe(flags: ServeFlags, io: CliIo): Promise<number> {
  const config = await loadConfig({ cwd: io.cwd, explicitFile: flags.config, overrides: { out: flags.out } });
  if (!/^\d+$/.test(flags.port) || Number(flags.port) > 65535) throw new UsageError(`--port debe ser un número de puerto, no «${flags.port}».`);
  if (!existsSync(config.out)) throw new UsageError(`No existe la carpeta «${workspacePath(io.cwd, config.out)}»: ejecute antes notice build.`);
  const { startServer } = await import('../../serve/server.js');
  const s = await startServer({ root: config.out, port: Number(flags.port) }).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(`No se pudo abrir el puerto ${flags.port} (${e.code ?? e.message}); pruebe otro con --port.`);
  });
  io.stderr(`notice serve: ${s.url} (carpeta «${workspacePath(io.cwd, config.out)}»; recarga sola tras cada notice build; Ctrl+C para salir)\n`);
  await new Promise<void>((res) => {
    process.once('SIGINT', () => res());
    process.once('SIGTERM', () => res());
  });
  await s.close();
  return 0;
}
