import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { workspace, writeNotice } from './helpers.js';

const XSD = fileURLToPath(new URL('../fixtures/sitemap/sitemap-0.9.xsd', import.meta.url));
const BASE = 'https://www.gob.mx/avisos/';

function xmllint(file: string): { code: number; out: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  if (r.error) throw new Error('xmllint is missing: apt-get install libxml2-utils');
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

describe('sitemap.xml: what search engines accept', () => {
  it('validates against the sitemaps.org 0.9 schema; canonical = sitemap URL; no draft; no invalid lastmod', () => {
    const ws = workspace(0, `notices: [notices]\nbaseUrl: ${BASE}\n`);
    const own = (t: string) => t.replace(/^(\s*)integralUrl: .*$/m, `$1integralUrl: ${BASE}propio/`);
    writeNotice(ws, 'propio', 'Aviso propio', own);
    writeNotice(ws, 'mensual', 'Aviso con fecha de mes', (t) => own(t).replace(/^updated: .*$/m, 'updated: 2025-04').replace(`${BASE}propio/`, `${BASE}mensual/`));
    writeNotice(ws, 'en-otro-sitio', 'Aviso publicado en otro sitio', (t) => t.replace(/^(\s*)integralUrl: .*$/m, '$1integralUrl: https://www.imss.gob.mx/privacidad/en-otro-sitio/'));
    // A draft: a rule error (no norm that empowers the controller) built with --allow-errors; its pages say noindex.
    const noAttribution = (t: string) => t.replace(/^  attribution:\n(?: {4}.*\n)+/m, '');
    writeNotice(ws, 'borrador', 'Aviso borrador', (t) => noAttribution(own(t)).replace(`${BASE}propio/`, `${BASE}borrador/`));
    // The real emitter (HTML only, for speed): the pages' canonical links and robots tags are what is compared.
    const r = runCli(['build', '--allow-errors', '--jobs', '1', '--formats', 'html,simplified-html'], { cwd: ws, env: { CI: '1' } });
    expect(r.code, r.stderr).toBe(1);
    const out = join(ws, 'dist/avisos');
    const file = join(out, 'sitemap.xml');
    const xml = readFileSync(file, 'utf8');
    const v = xmllint(file);
    expect(v.code, v.out + xml).toBe(0);

    const urls = locs(xml);
    expect(urls).toContain(BASE);
    expect(urls).toContain(`${BASE}propio/`);
    expect(urls).toContain(`${BASE}mensual/simplificado.html`);
    // Drafts are not listed; neither is a copy whose canonical page is elsewhere.
    expect(urls.filter((u) => u.includes('/borrador/'))).toEqual([]);
    expect(readFileSync(join(out, 'borrador/index.html'), 'utf8')).toMatch(/<meta name="robots" content="noindex/);
    expect(urls).not.toContain(`${BASE}en-otro-sitio/`);
    expect(urls).toContain(`${BASE}en-otro-sitio/simplificado.html`);
    expect(new Set(urls).size).toBe(urls.length);

    // One canonical URL per page: the sitemap's. A page without the link is its own canonical.
    for (const url of urls.filter((u) => u !== BASE)) {
      const path = url.slice(BASE.length).replace(/\/$/, '/index.html');
      const html = readFileSync(join(out, decodeURIComponent(path)), 'utf8');
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
      expect(canonical ?? url, path).toBe(url);
    }
    // A month-only date gives no lastmod (never a day the notice did not state); full dates stay.
    const block = (u: string) => new RegExp(`<loc>${u.replace(/[.?]/g, '\\$&')}</loc>(\\s*<lastmod>([^<]+)</lastmod>)?`).exec(xml)?.[2];
    expect(block(`${BASE}mensual/`)).toBeUndefined();
    expect(block(`${BASE}propio/`)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('ships header files so Apache and IIS serve every text file as UTF-8', () => {
    const ws = workspace(1, `notices: [notices]\nbaseUrl: ${BASE}\n`);
    const r = runCli(['build', '--jobs', '1', '--formats', 'text'], { cwd: ws, env: { CI: '1' } });
    expect(r.code, r.stderr).toBe(0);
    const out = join(ws, 'dist/avisos');
    expect(readFileSync(join(out, '.htaccess'), 'utf8')).toMatch(/^AddCharset utf-8 .*\.txt/m);
    const web = join(out, 'web.config');
    expect(spawnSync('xmllint', ['--noout', web]).status).toBe(0);
    expect(readFileSync(web, 'utf8')).toContain('<mimeMap fileExtension=".txt" mimeType="text/plain; charset=utf-8" />');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(['.htaccess', 'web.config']));
  });

  it('the schema check has teeth: a month-only lastmod or a relative loc is rejected', () => {
    const ws = workspace(0, '');
    const bad = join(ws, 'bad.xml');
    writeFileSync(bad, `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>${BASE}a/</loc><lastmod>2025-04</lastmod></url>\n</urlset>\n`);
    expect(xmllint(bad).code).not.toBe(0);
    writeFileSync(bad, `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>a/index.html</loc></url>\n</urlset>\n`);
    expect(xmllint(bad).code).not.toBe(0);
  });
});
