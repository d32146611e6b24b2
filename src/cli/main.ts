import { Command, CommanderError } from 'commander';
import { ConfigError, InternalError, isExpectedError } from '../errors.js';
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

export { EXIT };
