import type { Notice } from '../model/notice.js';
import type { NoticeDocument } from './document.js';
import { buildDocument } from './sections.js';
import type { EmitContext } from './types.js';

/** The section model of one variant: the one the pipeline built for this notice, or built now. */
export function modelOf(notice: Notice, ctx: EmitContext, variant: NoticeDocument['variant']): NoticeDocument {
  return ctx.document ? ctx.document(variant) : buildDocument(notice, variant, { draft: ctx.draft, ...(ctx.baseUrl ? { baseUrl: ctx.baseUrl } : {}) });
}

/** Memoises the section model per variant: every emitter of one notice shares it. */
export function sharedModel(notice: Notice, options: { draft: boolean; baseUrl?: string }): (variant: NoticeDocument['variant']) => NoticeDocument {
  const built = new Map<NoticeDocument['variant'], NoticeDocument>();
  return (variant) => {
    let doc = built.get(variant);
    if (!doc) {
      doc = buildDocument(notice, variant, { draft: options.draft, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
      built.set(variant, doc);
    }
    return doc;
  };
}
