import type { ManifestFile } from '../manifest.js';

export interface NoticeLink {
  href: string;
  label: string;
  mediaType: string;
  download: boolean;
}

const MEDIA: Record<string, string> = {
  '.html': 'text/html',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.jsonld': 'application/ld+json',
  '.json': 'application/json',
};

export function mediaTypeOf(path: string): string {
  const ext = /\.[a-z]+$/i.exec(path)?.[0]?.toLowerCase() ?? '';
  return MEDIA[ext] ?? 'application/octet-stream';
}

function isSimplified(path: string): boolean {
  return /simplifi/i.test(path);
}

function label(path: string): string {
  const variant = isSimplified(path) ? 'Aviso simplificado' : 'Aviso integral';
  const type = mediaTypeOf(path);
  if (type === 'text/html') return `${variant} (página web)`;
  if (type === 'application/pdf') return `${variant} (PDF)`;
  if (type === 'text/plain') return `${variant} (texto)`;
  if (type === 'application/ld+json' || type === 'application/json') return 'Datos estructurados (JSON-LD)';
  return path.slice(path.lastIndexOf('/') + 1);
}

const ORDER = ['text/html', 'application/pdf', 'text/plain', 'application/ld+json', 'application/json'];

/** The links of one notice in the index, integral before simplified, web before PDF. */
export function noticeLinks(id: string, files: readonly ManifestFile[]): { main: string; links: NoticeLink[] } {
  // Documents only: top-level files of the notice's folder (not its fonts under assets/).
  const own = files.map((f) => f.path).filter((p) => p.startsWith(`${id}/`) && !p.slice(id.length + 1).includes('/') && ORDER.includes(mediaTypeOf(p)));
  const rank = (p: string) => (ORDER.indexOf(mediaTypeOf(p)) >= 3 ? 20 : isSimplified(p) ? 10 : 0) + Math.max(0, ORDER.indexOf(mediaTypeOf(p)));
  own.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const links = own.map((p) => ({ href: p, label: label(p), mediaType: mediaTypeOf(p), download: mediaTypeOf(p) !== 'text/html' }));
  const main = own.find((p) => mediaTypeOf(p) === 'text/html' && !isSimplified(p)) ?? own[0] ?? `${id}/`;
  return { main, links };
}
