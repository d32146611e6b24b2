// The notice format, as data. Keys are English; titles and descriptions are Spanish so editors
// (yaml-language-server, VS Code) show help in the legal team's language. `x-law` marks a field
// that the law requires: the schema translator cites it when the field is missing.
// Edit the parts (defs-*.mjs, sections-*.mjs), then run `npm run gen` to rewrite
// schemas/notice.schema.json and src/model/notice.ts.
import { commonDefs } from './defs-common.mjs';
import { processingDefs } from './defs-processing.mjs';
import { coreSections } from './sections-core.mjs';
import { extraSections } from './sections-extra.mjs';
import { rightsSections } from './sections-rights.mjs';

export const noticeSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/notice-avisos/schemas/notice.schema.json',
  title: 'Aviso de privacidad',
  description:
    'Aviso de privacidad de un sujeto obligado del sector público (LGPDPPSO). Con él, `notice` genera el aviso integral (art. 21) y el simplificado (art. 22) en HTML, PDF y texto.',
  type: 'object',
  additionalProperties: false,
  // Art. 22 asks less of a simplified notice (fr. I, IV, VII, VIII and where the integral is) than
  // art. 21 asks of an integral one; `kind` says which the source is.
  required: ['id', 'title', 'controller', 'activities', 'transfers'],
  if: { type: 'object', properties: { kind: { const: 'simplified' } }, required: ['kind'] },
  else: { required: ['legalBasis', 'rights', 'transparencyUnit', 'changes'] },
  properties: { ...coreSections, ...rightsSections, ...extraSections },
  $defs: { ...commonDefs, ...processingDefs },
};
