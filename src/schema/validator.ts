import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { NOTICE_AJV_OPTIONS, NOTICE_FORMATS } from './ajv-options.js';
import { isDateOrMonth } from './formats.js';
import { noticeSchema, noticeSchemaText } from './load-schema.js';

let compiled: ValidateFunction | undefined;

/**
 * The validator precompiled at build time (dist/schema/notice-validate.cjs, scripts/gen-validator.mjs)
 * when it was compiled from this very schema; otherwise (running from src/, or a schema edited
 * after the build) the schema is compiled here, once per process.
 */
export function noticeValidator(): ValidateFunction {
  compiled ??= precompiled() ?? compileNow();
  return compiled;
}

function precompiled(): ValidateFunction | undefined {
  const url = new URL('./notice-validate.cjs', import.meta.url);
  if (url.protocol !== 'file:' || !existsSync(url)) return undefined;
  const mod = createRequire(import.meta.url)(url.pathname) as ValidateFunction & { default?: ValidateFunction; schemaDigest?: string };
  const digest = createHash('sha256').update(noticeSchemaText()).digest('hex');
  return mod.schemaDigest === digest ? (mod.default ?? mod) : undefined;
}

/** Compiles the schema in this process (the fallback; tests compare it with the precompiled one). */
export function compileNow(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  // ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
  const addFormats = require('ajv-formats') as unknown as (ajv: InstanceType<typeof Ajv2020>, formats: string[]) => void;
  const ajv = new Ajv2020({ ...NOTICE_AJV_OPTIONS });
  addFormats(ajv, [...NOTICE_FORMATS]);
  ajv.addFormat('date-or-month', { type: 'string', validate: isDateOrMonth });
  ajv.addKeyword({ keyword: 'x-law', schemaType: 'object' });
  return ajv.compile(noticeSchema());
}

export function validateNoticeData(data: unknown): ErrorObject[] {
  const validate = noticeValidator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** Whether this process uses the build-time validator (for tests and the benchmark). */
export function usesPrecompiledValidator(): boolean {
  return precompiled() !== undefined;
}
