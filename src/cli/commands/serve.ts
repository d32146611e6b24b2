import { existsSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { loadConfig } from '../../config/load-config.js';
import { workspacePath } from '../../io/find-notices.js';
import type { CliIo } from '../io-context.js';
import type { Lang } from '../../diagnostics/diagnostic.js';

export interface ServeFlags {
  config?: string;
  out?: string;
  port: string;
  /** The run's language (--lang, LANG/LC_ALL, config). */
  lang: Lang;
}

/** `notice serve`: preview the output folder on 127.0.0.1 with live reload, until Ctrl+C. */
export async function runServe(flags: ServeFlags, io: CliIo): Promise<number> {
  const config = await loadConfig({ cwd: io.cwd, explicitFile: flags.config, overrides: { out: flags.out } });
  if (!/^\d+$/.test(flags.port) || Number(flags.port) > 65535) throw new UsageError(`--port debe ser un número de puerto, no «${flags.port}».`, { en: `--port must be a port number, not "${flags.port}".` });
  if (!existsSync(config.out)) throw new UsageError(`No existe la carpeta «${workspacePath(io.cwd, config.out)}»: ejecute antes notice build.`, { en: `There is no folder "${workspacePath(io.cwd, config.out)}": run notice build first.` });
  const { startServer } = await import('../../serve/server.js');
  const s = await startServer({ root: config.out, port: Number(flags.port) }).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(`No se pudo abrir el puerto ${flags.port} (${e.code ?? e.message}); pruebe otro con --port.`, { en: `Could not open port ${flags.port} (${e.code ?? e.message}); try another with --port.` });
  });
  const folder = workspacePath(io.cwd, config.out);
  io.stderr(
    flags.lang === 'en'
      ? `notice serve: ${s.url} (folder "${folder}"; reloads after every notice build; Ctrl+C to quit)\n`
      : `notice serve: ${s.url} (carpeta «${folder}»; recarga sola tras cada notice build; Ctrl+C para salir)\n`,
  );
  await new Promise<void>((res) => {
    process.once('SIGINT', () => res());
    process.once('SIGTERM', () => res());
  });
  await s.close();
  return 0;
}
