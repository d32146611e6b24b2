/** One set of ajv options for the notice schema, shared by the build-time precompiler and the fallback. */
export const NOTICE_AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true } as const;

/** ajv-formats formats the notice schema uses; `date-or-month` is our own (schema/formats.ts). */
export const NOTICE_FORMATS = ['uri', 'email', 'date'] as const;
