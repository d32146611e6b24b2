import type { Notice } from '../../model/notice.js';
import type { EmitContext, EmitResult, Emitter } from '../types.js';
import { emitJsonLd } from '../jsonld/emit-jsonld.js';
import { emitText } from '../text/emit-text.js';
import { emitHtml, emitSimplifiedHtml, mergeResults } from './emit-html.js';

export { emitHtml, emitSimplifiedHtml, mergeResults } from './emit-html.js';
export { emitJsonLd } from '../jsonld/emit-jsonld.js';
export { emitText } from '../text/emit-text.js';

/** The web emitters by name, for the emitter registry. */
export const webEmitters: Record<'html' | 'simplified-html' | 'text' | 'jsonld', Emitter> = {
  html: emitHtml,
  'simplified-html': emitSimplifiedHtml,
  text: emitText,
  jsonld: emitJsonLd,
};

/** Every web output of one notice (both pages, the text, the JSON-LD, shared assets once), sorted by path. */
export function emitWeb(notice: Notice, ctx: EmitContext): EmitResult {
  return mergeResults([emitHtml(notice, ctx), emitSimplifiedHtml(notice, ctx), emitText(notice, ctx), emitJsonLd(notice, ctx)]);
}
