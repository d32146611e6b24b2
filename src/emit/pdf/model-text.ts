import type { Block, Inline, NoticeDocument } from '../document.js';
import { inlineText } from './inline-runs.js';

function blockText(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [inlineText(b.content)];
    case 'heading':
      return [b.text];
    case 'list':
      return b.items.flatMap((it) => [inlineText(it.content), ...(it.children ?? []).flatMap(blockText)]);
    case 'table':
      return [b.caption ?? '', ...b.head, ...b.rows.flatMap((r) => r.map((c: Inline[]) => inlineText(c)))];
    case 'definitions':
      return b.items.flatMap((it) => [it.term, inlineText(it.description)]);
    case 'callout':
      return [b.title ?? '', ...b.blocks.flatMap(blockText)];
  }
}

/** All the text the PDF draws for a model, in order (for glyph checks). */
export function modelText(m: NoticeDocument): string {
  return [
    m.title,
    m.subtitle ?? '',
    m.controllerName,
    m.description,
    m.updated?.text ?? '',
    ...(m.summary?.items.flatMap((it) => [it.term, inlineText(it.description), it.hrefLabel ?? '']) ?? []),
    ...m.sections.flatMap((s) => [s.title, ...s.blocks.flatMap(blockText)]),
  ].join('\n');
}
