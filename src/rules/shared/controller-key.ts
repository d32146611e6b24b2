import type { Channel, Notice } from '../../model/notice.js';
import { fold } from './walk.js';

/** Notices of the same controller share its folded legal name. */
export function controllerKey(n: Notice): string {
  return typeof n.controller?.name === 'string' ? fold(n.controller.name).replace(/[^a-z0-9]+/g, ' ').trim() : '';
}

/** A comparable description of the ARCO channels: kinds with their e-mail or host, sorted. */
export function channelsKey(channels: readonly Channel[] | undefined): string {
  return (channels ?? [])
    .map((c) => {
      const contact = c.email ?? (c.url ? safeHost(c.url) : '') ?? '';
      return `${c.kind}:${contact.toLowerCase()}`;
    })
    .sort()
    .join(' ');
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Group notices by controller, each group sorted by file (code-point order) so findings do not
 * depend on the order files were given; groups of one are dropped.
 */
export function byController<T extends { notice: Notice; file: string }>(list: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const key = controllerKey(item.notice);
    if (!key) continue;
    const g = groups.get(key) ?? [];
    g.push(item);
    groups.set(key, g);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
}
