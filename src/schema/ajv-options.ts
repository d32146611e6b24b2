/** One set of ajv options for our schemas, shared by the build-time precompiler and the run-time fallback. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true } as const;

/** ajv-formats formats the notice schema uses; `date-or-month` is our own (schema/formats.ts). */
export const NOTICE_FORMATS = ['uri', 'email', 'date'] as const;

/** ajv-formats formats the config schema uses. */
export const CONFIG_FORMATS = ['uri'] as const;
