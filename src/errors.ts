/** Bad command-line usage: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Invalid or unreadable configuration or input files: one line, exit code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A bug in notice itself: printed with its stack and a request to report it, exit code 2. */
export class InternalError extends Error {
  override name = 'InternalError';
}

export function isExpectedError(e: unknown): e is UsageError | ConfigError {
  return e instanceof UsageError || e instanceof ConfigError;
}
