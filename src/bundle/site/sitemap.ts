import type { ManifestFile, ManifestNotice } from '../manifest.js';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** sitemaps.org 0.9: the index and every HTML page, `lastmod` from the notice's update date. */
export function renderSitemap(baseUrl: string, notices: readonly ManifestNotice[], files: readonly ManifestFile[]): string {
  const urls: { loc: string; lastmod?: string }[] = [{ loc: baseUrl }];
  for (const n of notices) {
    for (const f of files) {
      if (!f.path.startsWith(`${n.id}/`) || !f.path.endsWith('.html')) continue;
      const path = f.path.endsWith('/index.html') ? f.path.slice(0, -'index.html'.length) : f.path;
      urls.push({ loc: baseUrl + path.split('/').map(encodeURIComponent).join('/'), lastmod: n.updated });
    }
  }
  const body = urls.map((u) => `  <url>\n    <loc>${xmlEscape(u.loc)}</loc>${u.lastmod ? `\n    <lastmod>${u.lastmod}</lastmod>` : ''}\n  </url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
