import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { hashOutputs, type HashedOutput } from '../../pipeline/hash-outputs.js';
import { filesById, type ManifestFile, type ManifestNotice } from '../manifest.js';
import { PACKAGE_ROOT } from '../../schema/load-schema.js';
import { noticeLinks } from './links.js';
import { HTACCESS, WEB_CONFIG } from './server-config.js';
import { renderSitemap } from './sitemap.js';
import { spanishDate } from './spanish-date.js';

export interface SiteOptions {
  toolVersion: string;
  baseUrl?: string;
  /** Workspace template overrides: `<templates>/index/index.hbs` and `style.css` replace ours. */
  templatesDir?: string;
}

function templateText(name: string, templatesDir: string | undefined): string {
  const own = templatesDir ? join(templatesDir, 'index', name) : undefined;
  if (own && existsSync(own)) return readFileSync(own, 'utf8');
  return readFileSync(new URL(`templates/index/${name}`, PACKAGE_ROOT), 'utf8');
}

let compiled: { key: string; fn: HandlebarsTemplateDelegate } | undefined;

/** index.html listing every notice, and sitemap.xml when a base URL is known. Pure apart from reading templates. */
export function renderSite(notices: readonly ManifestNotice[], files: readonly ManifestFile[], options: SiteOptions): HashedOutput[] {
  const source = templateText('index.hbs', options.templatesDir);
  if (compiled?.key !== source) compiled = { key: source, fn: Handlebars.create().compile(source, { strict: false }) };
  const style = templateText('style.css', options.templatesDir).trim();
  const cspStyleHash = `sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}`;
  // Each notice looks only at its own folder's files: scanning every file for every notice took
  // 1.6 s for 1,000 notices (10,000 files) and allocated about 300 MB of short-lived strings.
  const byId = filesById(files);
  const items = notices.map((n) => {
    const { main, links } = noticeLinks(n.id, byId.get(n.id) ?? []);
    return { ...n, mainHref: main, links, updatedText: spanishDate(n.updated), draft: n.status === 'draft', stale: n.status === 'stale' };
  });
  const html = compiled.fn({
    title: 'Avisos de privacidad',
    lede: 'Avisos de privacidad integrales y simplificados, en página web, PDF y texto.',
    notices: items,
    count: items.length,
    style,
    cspStyleHash,
    toolVersion: options.toolVersion,
  });
  const outputs = [
    { path: 'index.html', contents: html.replace(/\r\n/g, '\n').replace(/\n*$/, '\n'), mediaType: 'text/html' },
    { path: '.htaccess', contents: HTACCESS, mediaType: 'text/plain' },
    { path: 'web.config', contents: WEB_CONFIG, mediaType: 'application/xml' },
  ];
  if (options.baseUrl) outputs.push({ path: 'sitemap.xml', contents: renderSitemap(options.baseUrl, notices, byId), mediaType: 'application/xml' });
  return hashOutputs(outputs);
}
