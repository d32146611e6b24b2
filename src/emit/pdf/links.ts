import type { Block, NoticeDocument } from '../document.js';
import type { LinkTarget } from './pdf-doc.js';

export type { LinkTarget };

/** Every anchor the PDF defines as a named destination: section ids and heading ids. */
export function anchorsOf(model: NoticeDocument): Set<string> {
  const ids = new Set<string>();
  const visit = (blocks: Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'heading' && b.id) ids.add(b.id);
      if (b.kind === 'callout') visit(b.blocks);
      if (b.kind === 'list') for (const it of b.items) visit(it.children ?? []);
    }
  };
  for (const s of model.sections) {
    ids.add(s.id);
    visit(s.blocks);
  }
  return ids;
}

/**
 * Resolves an href of the model for a PDF, which travels alone: absolute URLs and mailto/tel stay;
 * '#id' becomes a jump inside the document; a relative page ('simplificado.html') is resolved
 * against the published integral notice, or left as plain text when the site is unknown.
 */
export function resolveHref(href: string, anchors: Set<string>, base: string | undefined): LinkTarget | undefined {
  if (href.startsWith('#')) {
    const name = href.slice(1);
    return anchors.has(name) ? { kind: 'dest', name } : undefined;
  }
  if (/^(https?:|mailto:|tel:)/i.test(href)) return { kind: 'uri', uri: href };
  if (!base) return undefined;
  try {
    return { kind: 'uri', uri: new URL(href, base.endsWith('/') ? base : `${base}/`).href };
  } catch {
    return undefined;
  }
}
