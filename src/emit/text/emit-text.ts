import type { Notice } from '../../model/notice.js';
import { FILES, noticeVariants } from '../sections.js';
import { modelOf } from '../context.js';
import type { EmitContext, EmitResult } from '../types.js';
import { renderText } from './render-text.js';

/** simplificado.txt: the simplified notice as plain text (forms, kiosks, messages). */
export function emitText(notice: Notice, ctx: EmitContext): EmitResult {
  if (!noticeVariants(notice).includes('simplified')) return { outputs: [], diagnostics: [] };
  const doc = modelOf(notice, ctx, 'simplified');
  return { outputs: [{ path: FILES.text, contents: renderText(doc), mediaType: 'text/plain; charset=utf-8' }], diagnostics: [] };
}
