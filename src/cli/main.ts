import { Command, CommanderError } from 'commander';
import { ConfigError, InternalError, isExpectedError } from '../errors.js';
import { runInterruptCleanups } from '../io/lock.js';
import { processIo, type CliIo } from './io-context.js';
import { toolVersion } from '../version.js';
import { COMMANDS } from './defs/index.js';
import { EXIT, EXIT_HELP } from './exit-codes.js';

function program(io: CliIo, setExit: (code: number) => void): Command {
  const cmd = new Command('notice')
    .description('Compilador de avisos de privacidad (LGPDPPSO 2025): valida, revisa y publica. / Privacy-notice compiler.')
    .version(toolVersion(), '-v, --version', 'muestra la versión / print the version')
    .helpOption('-h, --help', 'muestra la ayuda / show help')
    .addHelpText('after', EXIT_HELP)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  for (const register of COMMANDS) register(cmd, io, setExit);
  return cmd;
}

/** Entry point: returns the exit code; never calls process.exit, so tests can call it directly. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  try {
    await program(io, (c) => (exitCode = c)).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    return handleError(e, io);
  }
}

function handleError(e: unknown, io: CliIo): number {
  if (e instanceof CommanderError) {
    // --help and --version arrive here as "errors" with exit code 0.
    return e.exitCode === 0 ? EXIT.ok : EXIT.failure;
  }
  if (isExpectedError(e)) {
    const label = e instanceof ConfigError ? 'error de configuración' : 'error';
    io.stderr(`notice: ${label}: ${e.message}\n`);
    return EXIT.failure;
  }
  const err = e instanceof InternalError ? e : new InternalError(e instanceof Error ? e.message : String(e), { cause: e });
  const stack = (err.cause instanceof Error ? err.cause.stack : err.stack) ?? err.message;
  io.stderr(`notice: error interno (es un defecto de notice; por favor repórtelo) / internal error, please report it:\n${stack}\n`);
  return EXIT.failure;
}

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * For the binary (bin/notice.js), not for main() called in process: what the process does when
 * its output goes away or it is told to stop.
 * - A closed stdout or stderr (`notice check | head -1`) is not a failure of the run: the rest of
 *   the output is dropped quietly and the exit code is still the findings'.
 * - SIGINT, SIGTERM, SIGHUP during a build remove its temporary folder and its lock (the published
 *   bundle is only ever replaced by one synchronous swap, so it is intact) and exit 128 + signal.
 *   Commands that wait for a signal to stop (serve, build --watch between builds) handle it.
 */
export function installProcessGuards(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
      process.exitCode = EXIT.failure;
    });
  }
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    process.on(signal, () => {
      const cleaned = runInterruptCleanups();
      if (cleaned === 0 && process.listenerCount(signal) > 1) return;
      if (cleaned > 0) {
        try {
          process.stderr.write(`notice: interrumpido (${signal}); se retiraron los archivos temporales, la salida publicada no cambió / interrupted; temporary files removed, published output unchanged\n`);
        } catch {
          // stderr is gone too
        }
      }
      process.exit(code);
    });
  }
}

export { EXIT };
