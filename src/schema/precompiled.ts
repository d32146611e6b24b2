import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { AJV_OPTIONS } from './ajv-options.js';

/**
 * A validator precompiled at build time (dist/schema/<name>.cjs, written by
 * scripts/gen-validator.mjs with ajv's standalone code), when it was compiled from this very schema
 * text; undefined when running from src/ or after the schema changed since the build.
 */
export function loadPrecompiled(name: string, schemaText: string): ValidateFunction | undefined {
  const url = new URL(`./${name}.cjs`, import.meta.url);
  if (url.protocol !== 'file:' || !existsSync(url)) return undefined;
  const mod = createRequire(import.meta.url)(url.pathname) as ValidateFunction & { default?: ValidateFunction; schemaDigest?: string };
  const digest = createHash('sha256').update(schemaText).digest('hex');
  return mod.schemaDigest === digest ? (mod.default ?? mod) : undefined;
}

/** ajv with our options, loaded only when a schema must be compiled at run time (the fallback). */
export function runtimeAjv(formats: readonly string[]) {
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  // ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
  const addFormats = require('ajv-formats') as unknown as (ajv: InstanceType<typeof Ajv2020>, formats: string[]) => void;
  const ajv = new Ajv2020({ ...AJV_OPTIONS });
  addFormats(ajv, [...formats]);
  return ajv;
}
