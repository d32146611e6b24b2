import type { Command } from 'commander';
import type { Lang } from '../diagnostics/diagnostic.js';
import type { CliIo } from './io-context.js';
import type { Tr } from './lang.js';

/** What every command's registration receives: the I/O, where the exit code goes, the run's language. */
export interface CommandContext {
  io: CliIo;
  setExit: (code: number) => void;
  /** The one language of this run (help, errors, findings, reports). */
  lang: Lang;
  t: Tr;
}

/**
 * Each command registers its flags here and loads its implementation lazily (await import), so
 * `notice --version` never pays for pdfkit or ajv.
 */
export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
