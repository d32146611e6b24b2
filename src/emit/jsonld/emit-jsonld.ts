import type { Notice } from '../../model/notice.js';
import { FILES } from '../sections.js';
import type { EmitContext, EmitResult } from '../types.js';
import { buildJsonLd, serializeJsonLd } from './build-jsonld.js';

/** aviso.jsonld: the same JSON-LD the integral page embeds, as a file beside it. */
export function emitJsonLd(notice: Notice, ctx: EmitContext): EmitResult {
  return {
    outputs: [{ path: FILES.jsonld, contents: serializeJsonLd(buildJsonLd(notice, ctx)), mediaType: 'application/ld+json' }],
    diagnostics: [],
  };
}
