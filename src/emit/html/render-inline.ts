import type { Inline } from '../document.js';
import { isSafeHref } from '../markdown.js';

import { escapeXml } from '../../util/escape.js';

/** HTML text and attribute values: the project's one escaping function (util/escape). */
export const escapeHtml = escapeXml;

/** A page of the built site that the section model links ('index.html#derechos-arco', '../<id>/simplificado.html'). */
const SITE_PAGE = /^(?:\.\.\/[a-z0-9]+(?:-[a-z0-9]+)*\/)?(?:index|simplificado)\.html(?:#[a-z0-9-]+)?$/;

/** Inline content as HTML. Every text node is escaped; a link with an unsafe target keeps only its text. */
export function renderInlines(nodes: Inline[] | undefined): string {
  let out = '';
  for (const n of nodes ?? []) {
    switch (n.kind) {
      case 'text':
        out += escapeHtml(n.text);
        break;
      case 'strong':
        out += `<strong>${renderInlines(n.children)}</strong>`;
        break;
      case 'em':
        out += `<em>${renderInlines(n.children)}</em>`;
        break;
      case 'link':
        out += isSafeHref(n.href) || SITE_PAGE.test(n.href) ? `<a href="${escapeHtml(n.href)}">${renderInlines(n.children)}</a>` : renderInlines(n.children);
        break;
      case 'badge':
        out += `<span class="badge badge-${n.tone}">${escapeHtml(n.text)}</span>`;
        break;
    }
  }
  return out;
}
