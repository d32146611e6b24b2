import type { Block, Inline, NoticeDocument } from '../document.js';

// Plain text for forms, kiosks and messages: UTF-8, LF, lines of at most WIDTH characters
// (a longer word such as a URL gets a line of its own, never a break inside it).

export const WIDTH = 72;

export function inlineText(nodes: Inline[]): string {
  return nodes
    .map((n): string => {
      switch (n.kind) {
        case 'text':
          return n.text;
        case 'strong':
        case 'em':
          return inlineText(n.children);
        case 'badge':
          return `[${n.text}]`;
        case 'link': {
          const label = inlineText(n.children);
          // Anchors and links inside the built site mean nothing on paper: only absolute targets are printed.
          if (!/^(https?|mailto|tel):/i.test(n.href)) return label;
          const target = n.href.replace(/^(mailto|tel):/, '');
          return label === n.href || label === target || n.href.startsWith('tel:') ? label : `${label} (${target})`;
        }
      }
    })
    .join('');
}

export function wrap(text: string, indent = '', first = indent, width = WIDTH): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const w of words) {
    if (!empty && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else line += (empty ? '' : ' ') + w;
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}

/** A paragraph made only of a link to an anchor or a page of the built site has no meaning in text. */
function isAnchorOnly(b: Block): boolean {
  return b.kind === 'paragraph' && b.content.length === 1 && b.content[0]!.kind === 'link' && !/^(https?|mailto|tel):/i.test(b.content[0]!.href);
}

export function blockLines(b: Block, indent = ''): string[] {
  if (isAnchorOnly(b)) return [];
  switch (b.kind) {
    case 'paragraph':
      return [...wrap(inlineText(b.content), indent), ''];
    case 'heading':
      return [...wrap(b.text, indent), ''];
    case 'list': {
      const out: string[] = [];
      b.items.forEach((item, i) => {
        const bullet = b.ordered ? `${i + 1}. ` : '- ';
        const pad = indent + ' '.repeat(bullet.length);
        out.push(...wrap(inlineText(item.content), pad, indent + bullet));
        for (const child of item.children ?? []) out.push(...blockLines(child, pad).filter((l) => l !== ''));
      });
      return [...out, ''];
    }
    case 'definitions':
      return [...b.items.flatMap((d) => wrap(`${d.term}: ${inlineText(d.description)}`, indent + '  ', indent)), ''];
    case 'table':
      return [
        ...b.rows.flatMap((r) => wrap(r.map((c, i) => `${b.head[i] ?? ''}: ${inlineText(c)}`).join('; '), indent + '  ', indent + '- ')),
        '',
      ];
    case 'callout': {
      const head = b.title ? [...wrap(`» ${b.title}`, indent), ''] : [];
      return [...head, ...b.blocks.flatMap((x) => blockLines(x, indent + '  '))];
    }
  }
}

/** The whole document as plain text. */
export function renderText(doc: NoticeDocument): string {
  const lines: string[] = [];
  if (doc.draft && doc.labels) lines.push(`*** ${doc.labels.draftBanner} ***`, ...wrap(doc.labels.draftDetail), '');
  lines.push(...wrap(doc.title), '='.repeat(Math.min(WIDTH, doc.title.length)), '');
  if (doc.subtitle) lines.push(...wrap(doc.subtitle), '');
  if (doc.updated) lines.push(`${doc.labels?.updated ?? 'Fecha de última actualización'}: ${doc.updated.text}`, '');
  for (const s of doc.sections) {
    const title = wrap(s.title);
    lines.push(...title, '-'.repeat(Math.min(WIDTH, Math.max(...title.map((l) => l.length)))), '');
    for (const b of s.blocks) lines.push(...blockLines(b));
  }
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/[ \t]+$/gm, '');
  return `${text.trimEnd()}\n`;
}
