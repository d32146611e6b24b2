import { readFileSync } from 'node:fs';

/** What a command may touch: injected so tests can call main() without a real terminal. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** All of standard input, as UTF-8 (`notice check -`). */
  readStdin?: () => string;
}

export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    readStdin: () => readFileSync(0, 'utf8'),
  };
}

/**
 * Colour, in the usual precedence: --color / --no-color, then FORCE_COLOR (which wins over NO_COLOR,
 * as in Node), then NO_COLOR, then whether stdout is a terminal that is not `TERM=dumb`.
 */
export function useColor(io: CliIo, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}
