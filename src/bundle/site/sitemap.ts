import type { ManifestFile, ManifestNotice } from '../manifest.js';
import { escapeXml } from '../../util/escape.js';

/** The URL a page of the bundle is published at: `<id>/index.html` is served as `<id>/`. */
export function pageUrl(baseUrl: string, path: string): string {
  const served = path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  return baseUrl + served.split('/').map(encodeURIComponent).join('/');
}

/**
 * W3C date for `lastmod`. sitemaps.org accepts a full date or date-time only (its XSD: xsd:date |
 * xsd:dateTime), so a month-only `updated` gives no lastmod rather than a day the notice never stated.
 */
export function lastmodOf(updated: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(updated) ? updated : undefined;
}

/**
 * sitemaps.org 0.9: the index and the HTML pages search engines should index, each under the one
 * URL that is also its canonical URL. Left out: drafts and stale notices (their pages say
 * `noindex` or are an older version), and an integral page whose notice names another canonical
 * address (`publication.integralUrl` elsewhere): a sitemap lists canonical URLs only. `filesById`:
 * the manifest files grouped by notice folder (`filesById` of manifest.ts).
 */
export function renderSitemap(baseUrl: string, notices: readonly ManifestNotice[], filesById: ReadonlyMap<string, readonly ManifestFile[]>): string {
  const urls: { loc: string; lastmod?: string }[] = [{ loc: baseUrl }];
  for (const n of notices) {
    if (n.status !== 'built') continue;
    const lastmod = lastmodOf(n.updated);
    for (const f of filesById.get(n.id) ?? []) {
      if (!f.path.endsWith('.html') || f.path.slice(n.id.length + 1).includes('/')) continue;
      const loc = pageUrl(baseUrl, f.path);
      if (f.path === `${n.id}/index.html` && n.integralUrl !== undefined && n.integralUrl !== loc) continue;
      urls.push({ loc, ...(lastmod ? { lastmod } : {}) });
    }
  }
  const body = urls.map((u) => `  <url>\n    <loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `\n    <lastmod>${u.lastmod}</lastmod>` : ''}\n  </url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
