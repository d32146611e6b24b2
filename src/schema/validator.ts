import type { ErrorObject, ValidateFunction } from 'ajv';
import { NOTICE_FORMATS } from './ajv-options.js';
import { isDateOrMonth } from './formats.js';
import { noticeSchema, noticeSchemaText } from './load-schema.js';
import { loadPrecompiled, runtimeAjv } from './precompiled.js';

let compiled: ValidateFunction | undefined;

/** The notice validator: precompiled at build time when it matches the schema, else compiled once here. */
export function noticeValidator(): ValidateFunction {
  compiled ??= loadPrecompiled('notice-validate', noticeSchemaText()) ?? compileNow();
  return compiled;
}

/** Compiles the schema in this process (the fallback; tests compare it with the precompiled one). */
export function compileNow(): ValidateFunction {
  const ajv = runtimeAjv(NOTICE_FORMATS);
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
  return loadPrecompiled('notice-validate', noticeSchemaText()) !== undefined;
}
