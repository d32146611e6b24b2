/** Options of an expected error: its English text (the message is Spanish), and a cause. */
export interface ErrorOptions {
  /** The same message in English, printed when the run's language is English. */
  en?: string;
  cause?: unknown;
}

/** Bad command-line usage: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly en?: string;
  constructor(message: string, o: ErrorOptions = {}) {
    super(message, o.cause !== undefined ? { cause: o.cause } : undefined);
    if (o.en !== undefined) this.en = o.en;
  }
}

/** Invalid or unreadable configuration or input files: one line, exit code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly en?: string;
  constructor(message: string, o: ErrorOptions = {}) {
    super(message, o.cause !== undefined ? { cause: o.cause } : undefined);
    if (o.en !== undefined) this.en = o.en;
  }
}

/** A bug in notice itself: printed with its stack and a request to report it, exit code 2. */
export class InternalError extends Error {
  override name = 'InternalError';
}

export function isExpectedError(e: unknown): e is UsageError | ConfigError {
  return e instanceof UsageError || e instanceof ConfigError;
}

/** The message of an expected error in the run's language (Spanish when no English text was given). */
export function errorText(e: UsageError | ConfigError, lang: 'es' | 'en'): string {
  return lang === 'en' && e.en !== undefined ? e.en : e.message;
}
