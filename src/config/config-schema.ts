import { readFileSync } from 'node:fs';
import { PACKAGE_ROOT } from '../schema/load-schema.js';

let text: string | undefined;
let parsed: Record<string, unknown> | undefined;

export function configSchemaText(): string {
  text ??= readFileSync(new URL('schemas/config.schema.json', PACKAGE_ROOT), 'utf8');
  return text;
}

/** schemas/config.schema.json, read once (no ajv here: loading ajv is the expensive part). */
export function configSchema(): Record<string, unknown> {
  parsed ??= JSON.parse(configSchemaText()) as Record<string, unknown>;
  return parsed;
}
