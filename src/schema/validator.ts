import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isDateOrMonth } from './formats.js';
import { noticeSchema } from './load-schema.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, formats: string[]) => Ajv2020;

let compiled: ValidateFunction | undefined;

/** Compiled once per process and reused for every notice. */
export function noticeValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv, ['uri', 'email', 'date']);
    ajv.addFormat('date-or-month', { type: 'string', validate: isDateOrMonth });
    ajv.addKeyword({ keyword: 'x-law', schemaType: 'object' });
    compiled = ajv.compile(noticeSchema());
  }
  return compiled;
}

export function validateNoticeData(data: unknown): ErrorObject[] {
  const validate = noticeValidator();
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
