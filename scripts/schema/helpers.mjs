// Small builders for the notice schema. Every node they create carries a Spanish `title` and
// `description`, which editors show as help and the schema translator uses to name fields.

/** A citation of the LGPDPPSO 2025 that marks a field the law requires (`x-law`). */
export const law = (article, fraction, paragraph) => ({
  law: 'LGPDPPSO-2025',
  article,
  ...(fraction ? { fraction } : {}),
  ...(paragraph ? { paragraph } : {}),
});

export const str = (title, description, extra = {}) => ({ type: 'string', minLength: 1, title, description, ...extra });

export const md = (title, description) => ({
  $ref: '#/$defs/markdown',
  title,
  description: `${description} Admite Markdown (negritas, listas, enlaces); no admite HTML.`,
});

export const bool = (title, description) => ({ type: 'boolean', title, description });

export const arr = (title, description, items, extra = {}) => ({ type: 'array', title, description, items, ...extra });

export const obj = (title, description, properties, required = [], extra = {}) => ({
  type: 'object',
  title,
  description,
  additionalProperties: false,
  properties,
  ...(required.length ? { required } : {}),
  ...extra,
});

export const ref = (name, title, description, extra = {}) => ({ $ref: `#/$defs/${name}`, title, description, ...extra });

/** A string enum whose description lists each value with its Spanish meaning. */
export const oneOfValues = (title, intro, values, extra = {}) => ({
  type: 'string',
  enum: Object.keys(values),
  title,
  description: `${intro} ${Object.entries(values)
    .map(([value, meaning]) => `\`${value}\` (${meaning})`)
    .join(', ')}.`,
  ...extra,
});

/** Appended to the description of every field that records a legal fact a notice may not state. */
export const UNSTATED = ' Si el aviso no lo dice, omita el campo: no lo deduzca ni lo invente.';
