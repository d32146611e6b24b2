import { Command, CommanderError, Help, type Option } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import { ConfigError, InternalError, errorText, isExpectedError } from '../errors.js';
import { runInterruptCleanups } from '../io/lock.js';
import { processIo, type CliIo } from './io-context.js';
import { toolVersion } from '../version.js';
import { COMMANDS } from './defs/index.js';
import { EXIT, exitHelp } from './exit-codes.js';
import { runLang, translator, type Tr } from './lang.js';

const TITLES: Record<string, string> = { 'Usage:': 'Uso:', 'Options:': 'Opciones:', 'Commands:': 'Órdenes:', 'Arguments:': 'Argumentos:', 'Global Options:': 'Opciones globales:' };

/** commander's help in the run's language: section titles and the "(default: …)" notes. */
class LocalizedHelp extends Help {
  constructor(private readonly lang: Lang) {
    super();
  }
  override styleTitle(str: string): string {
    return this.lang === 'es' ? (TITLES[str] ?? str) : str;
  }
  override commandUsage(cmd: Command): string {
    const text = super.commandUsage(cmd);
    return this.lang === 'es' ? text.replace('[options]', '[opciones]').replace('[command]', '[orden]') : text;
  }
  override subcommandTerm(cmd: Command): string {
    const text = super.subcommandTerm(cmd);
    return this.lang === 'es' ? text.replace('[options]', '[opciones]').replace('[command]', '[orden]') : text;
  }
  override optionDescription(option: Option): string {
    const text = super.optionDescription(option);
    if (this.lang !== 'es') return text;
    return text.replace(/\((choices|default|preset|env): /g, (_m, k: string) => `(${{ choices: 'valores', default: 'por omisión', preset: 'sin valor', env: 'variable' }[k]}: `).replace(/, (default|choices): /g, (_m, k: string) => `, ${k === 'default' ? 'por omisión' : 'valores'}: `);
  }
  override argumentDescription(argument: Parameters<Help['argumentDescription']>[0]): string {
    const text = super.argumentDescription(argument);
    return this.lang === 'es' ? text.replace(/\(default: /, '(por omisión: ').replace(/\(choices: /, '(valores: ') : text;
  }
}

/** commander's own error messages, in the run's language, prefixed like every other error. */
export function translateCommanderError(message: string, lang: Lang): string {
  let m = message.replace(/^error: /, '').trimEnd();
  if (lang === 'es') {
    const rules: [RegExp, (...g: string[]) => string][] = [
      [/^unknown option '(.+?)'(?:\n\(Did you mean (.+)\?\))?$/s, (o, s) => `opción desconocida «${o}»${s ? `. ¿Quiso decir ${s.replace(/^one of /, 'alguna de ')}?` : ''}`],
      [/^unknown command '(.+?)'(?:\n\(Did you mean (.+)\?\))?$/s, (c, s) => `orden desconocida «${c}»${s ? `. ¿Quiso decir ${s.replace(/^one of /, 'alguna de ')}?` : ''}`],
      [/^missing required argument '(.+)'$/, (a) => `falta el argumento obligatorio «${a}»`],
      [/^option '(.+)' argument missing$/, (o) => `falta el valor de la opción «${o}»`],
      [/^required option '(.+)' not specified$/, (o) => `falta la opción obligatoria «${o}»`],
      [/^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/s, (o, v, c) => `la opción «${o}» no admite «${v}»; valores permitidos: ${c}.`],
      [/^command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/s, (v, a, c) => `el argumento «${a}» no admite «${v}»; valores permitidos: ${c}.`],
      [/^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (c, e, g) => `demasiados argumentos${c ? ` para «${c}»` : ''}: se esperaba${e === '1' ? '' : 'n'} ${e} y se recibieron ${g}.`],
      [/^(.+) cannot be used with (.+)$/, (a, b) => `${a.replace(/^option /, 'la opción ')} no se puede usar con ${b.replace(/^option /, 'la opción ')}`],
    ];
    for (const [re, f] of rules) {
      const hit = re.exec(m);
      if (hit) {
        m = f(...hit.slice(1).map((g) => g ?? ''));
        break;
      }
    }
  } else m = m.replace(/\n\(Did you mean (.+)\?\)$/s, '. Did you mean $1?');
  return `notice: error: ${m}\n`;
}

function program(io: CliIo, setExit: (code: number) => void, lang: Lang, t: Tr): Command {
  const cmd = new Command('notice')
    .description(t('Compilador de avisos de privacidad del sector público (LGPDPPSO 2025): revisa contra la ley y publica en HTML, PDF, texto y JSON-LD.', 'Privacy-notice compiler for the Mexican public sector (LGPDPPSO 2025): checks notices against the law and publishes them as HTML, PDF, text and JSON-LD.'))
    .version(toolVersion(), '-v, --version', t('muestra la versión', 'print the version'))
    .helpOption('-h, --help', t('muestra la ayuda', 'show help'))
    .helpCommand('help [command]', t('muestra la ayuda de una orden', 'show help for a command'))
    .addHelpText('after', exitHelp(t))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureHelp({})
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (str, write) => write(translateCommanderError(str, lang)) });
  cmd.createHelp = () => Object.assign(new LocalizedHelp(lang), cmd.configureHelp());
  const ctx = { io, setExit, lang, t };
  for (const register of COMMANDS) register(cmd, ctx);
  // Subcommands inherit the output settings; give them the same help.
  for (const sub of cmd.commands) sub.createHelp = cmd.createHelp;
  return cmd;
}

/** Entry point: returns the exit code; never calls process.exit, so tests can call it directly. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const lang = runLang(argv, io.env, io.cwd);
  const t = translator(lang);
  let exitCode: number = EXIT.ok;
  try {
    await program(io, (c) => (exitCode = c), lang, t).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    return handleError(e, io, lang, t);
  }
}

function handleError(e: unknown, io: CliIo, lang: Lang, t: Tr): number {
  if (e instanceof CommanderError) {
    // --help and --version arrive here as "errors" with exit code 0.
    return e.exitCode === 0 ? EXIT.ok : EXIT.failure;
  }
  if (isExpectedError(e)) {
    const label = e instanceof ConfigError ? t('error de configuración', 'configuration error') : 'error';
    io.stderr(`notice: ${label}: ${errorText(e, lang)}\n`);
    return EXIT.failure;
  }
  const err = e instanceof InternalError ? e : new InternalError(e instanceof Error ? e.message : String(e), { cause: e });
  const stack = (err.cause instanceof Error ? err.cause.stack : err.stack) ?? err.message;
  io.stderr(`${t('notice: error interno (es un defecto de notice; por favor repórtelo):', 'notice: internal error (a bug in notice; please report it):')}\n${stack}\n`);
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
