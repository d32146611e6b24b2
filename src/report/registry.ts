import { jsonReporter } from './json.js';
import { stylishReporter } from './stylish.js';
import type { Reporter } from './types.js';

/** Reporters by name; the CLI picks one with --format. */
export const REPORTERS: Record<string, Reporter> = {
  stylish: stylishReporter,
  json: jsonReporter,
};

export function reporterNames(): string[] {
  return Object.keys(REPORTERS);
}
