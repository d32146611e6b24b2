import type { Command } from 'commander';
import type { CliIo } from './io-context.js';

/**
 * Each command registers its flags here and loads its implementation lazily (await import), so
 * `notice --version` never pays for pdfkit or ajv.
 */
export type RegisterCommand = (program: Command, io: CliIo, setExit: (code: number) => void) => void;
