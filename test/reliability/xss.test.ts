import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkSource } from '../../dist/pipeline/check-source.js';
import { cli, recordFigures, REFERENCE, STACK, TODAY, workspace } from './helpers.js';
import { armed, EMAIL_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS } from './payloads.js';

// XSS and injection in a real browser. Every text field of a full notice carries one payload (one
// notice per payload), every URL and e-mail field a hostile URL or address; the config's footer,
// logo text and colour carry more. Everything is built (drafts included), then every page is
// opened in headless Chromium twice — with its Content-Security-Policy and with the CSP removed —
// and must run no script and hold no dangerous link. The index, sitemap, manifest, JSON-LD and the
// PDFs' link annotations are checked too, and the plain text may not keep markup the page drops.

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const BASE_URL = 'https://transparencia.dependencia.gob.mx/avisos/';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const URL_KEYS = /^(url|website|integralUrl|procedureUrl)$/;
const EMAIL_KEYS = /^email$/;

const reference = parse(readFileSync(REFERENCE, 'utf8')) as Json;

function mapStrings(v: Json, f: (s: string, key: string, path: string) => string, key = '', path = ''): Json {
  if (Array.isArray(v)) return v.map((x, i) => mapStrings(x, f, key, `${path}/${i}`));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f, k, `${path}/${k}`)]));
  return typeof v === 'string' ? f(v, key, path) : v;
}

/**
 * The free-text fields of the reference notice: every text that stays schema-valid with markup in
 * front of it (enums, patterns, ids, dates, URLs and e-mails do not).
 */
function freeTextPaths(): Set<string> {
  const paths: string[] = [];
  mapStrings(reference, (s, _k, path) => (paths.push(path), s));
  const free = new Set<string>();
  for (const target of paths) {
    if (target === '/id') continue;
    const probe = stringify(mapStrings(reference, (s, _k, path) => (path === target ? `<b>sonda</b> ${s}` : s)), { lineWidth: 0 });
    if (checkSource('probe.yaml', probe, { lang: 'es', evaluation: { today: TODAY } }).schemaValid) free.add(target);
  }
  return free;
}
const FREE = freeTextPaths();

interface Case {
  n: number;
  kind: 'text' | 'url' | 'email';
  payload: string;
  file: string;
  id: string;
}

const cases: Case[] = [
  ...TEXT_PAYLOADS.map((payload) => ({ kind: 'text' as const, payload })),
  ...URL_PAYLOADS.map((payload) => ({ kind: 'url' as const, payload })),
  ...EMAIL_PAYLOADS.map((payload) => ({ kind: 'email' as const, payload })),
].map((c, n) => ({ ...c, n, file: `notices/x-${n}.yaml`, id: `x-${n}` }));

function noticeFor(c: Case): string {
  const p = armed(c.payload, c.n);
  const data = mapStrings(reference, (s, key, path) => {
    if (c.kind === 'text') return FREE.has(path) ? `${p} ${s}` : s;
    if (c.kind === 'url') return URL_KEYS.test(key) ? p : s;
    return EMAIL_KEYS.test(key) ? p : s;
  }) as Record<string, Json>;
  data.id = c.id;
  return stringify(data, { lineWidth: 0 });
}

const config = [
  'notices: [notices]',
  `baseUrl: ${BASE_URL}`,
  'theme:',
  `  footer: ${JSON.stringify(armed('</footer><script>X()</script><img src=x onerror=X()>', 9000))}`,
  `  logoAlt: ${JSON.stringify(armed('" onerror="X()', 9001))}`,
  `  primary: ${JSON.stringify(armed('red;}</style><script>X()</script>', 9002))}`,
  '',
].join('\n');

let ws = '';
let out = '';
let report: { diagnostics: { file: string; code: string; pointer: string; severity: string }[] };
let browser: Browser;
let server: Server;
let origin = '';
const built = new Set<string>();

beforeAll(async () => {
  ws = workspace(Object.fromEntries(cases.map((c) => [c.file.slice('notices/'.length), noticeFor(c)])), config);
  const r = cli(['build', '--allow-errors', '--no-cache', '-f', 'json:report.json'], ws);
  if (r.code !== 0 && r.code !== 1) throw new Error(`build exited ${r.code}: ${r.stderr.slice(-3000)}`);
  if (STACK.test(r.stderr)) throw new Error(r.stderr);
  report = JSON.parse(readFileSync(join(ws, 'report.json'), 'utf8')) as typeof report;
  out = join(ws, 'dist/avisos');
  for (const c of cases) if (existsSync(join(out, c.id, 'index.html'))) built.add(c.id);
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    let file = join(out, path);
    if (existsSync(file) && !extname(file)) file = join(file, 'index.html');
    if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
    const type = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.xml': 'application/xml', '.json': 'application/json', '.jsonld': 'application/ld+json', '.txt': 'text/plain; charset=utf-8' }[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  origin = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** Records every execution: the payloads' __xss(n), and dialogs. */
const INIT = `window.__hits = []; window.__xss = (n) => window.__hits.push(String(n)); for (const f of ['alert', 'confirm', 'prompt', 'print']) window[f] = () => window.__hits.push(f);`;

/** Everything in the DOM that must not be there, whatever the CSP. */
const DOM_PROBLEMS = `(() => {
  const bad = [];
  const dangerous = /^(javascript|vbscript|data|file):/;
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      const value = a.value.replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
      if (name.startsWith('on')) bad.push(tag + ' has ' + name);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster', 'background', 'ping'].includes(name) && dangerous.test(value) && !(tag === 'img' && value.startsWith('data:image/')) && !(tag === 'link' && value === 'data:,')) bad.push(tag + ' ' + name + '=' + a.value.slice(0, 60));
      if (name === 'style' && /url\\(|expression\\(/i.test(a.value)) bad.push(tag + ' style ' + a.value.slice(0, 60));
    }
    if (['iframe', 'frame', 'object', 'embed', 'applet', 'base', 'form', 'portal'].includes(tag)) bad.push('<' + tag + '>');
    if (tag === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') bad.push('meta refresh');
    if (tag === 'script') {
      if (el.type !== 'application/ld+json') bad.push('script type=' + el.type + ' ' + el.textContent.slice(0, 60));
      else { try { JSON.parse(el.textContent); } catch (e) { bad.push('JSON-LD does not parse: ' + e.message); } }
    }
  }
  return bad;
})()`;

async function visit(context: BuildContextLike, urls: string[]): Promise<{ hits: string[]; problems: string[] }> {
  const tab = await context.newPage();
  const hits: string[] = [];
  const problems: string[] = [];
  tab.on('dialog', (d) => {
    hits.push(`dialog ${d.message()}`);
    void d.dismiss();
  });
  for (const url of urls) {
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForTimeout(30);
    const got = (await tab.evaluate('window.__hits')) as string[];
    hits.push(...got.map((h) => `${url}: ${h}`));
    problems.push(...((await tab.evaluate(DOM_PROBLEMS)) as string[]).map((p) => `${url}: ${p}`));
  }
  await tab.close();
  return { hits, problems };
}
type BuildContextLike = BrowserContext;

function pages(): string[] {
  const list = [`${origin}/index.html`];
  for (const c of cases) if (built.has(c.id)) list.push(`${origin}/${c.id}/index.html`, `${origin}/${c.id}/simplificado.html`);
  return list;
}

describe('XSS and injection in a real browser', () => {
  it(`builds ${cases.length} payload notices; URL and e-mail payloads that are not real URLs are refused by the schema`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const textBuilt = cases.filter((c) => c.kind === 'text' && built.has(c.id)).length;
    // Text payloads keep the notice valid: they all reach every emitter.
    expect(textBuilt).toBe(TEXT_PAYLOADS.length);
    const mustRefuse = cases.filter((c) => c.kind !== 'text' && !/^https:\/\/ejemplo\.gob\.mx\/(ruta\?|'|#)|^mailto:x@ejemplo\.gob\.mx\?/.test(c.payload));
    for (const c of mustRefuse) {
      expect(built.has(c.id), `${c.payload} was published`).toBe(false);
      const atField = report.diagnostics.filter((d) => d.file === c.file && d.severity === 'error' && /^SCHEMA-/.test(d.code) && /\/(url|website|integralUrl|procedureUrl|email)$/.test(d.pointer));
      expect(atField.length, c.payload).toBeGreaterThan(0);
    }
    recordFigures('xss', { payloads: cases.length, textPayloads: TEXT_PAYLOADS.length, urlPayloads: URL_PAYLOADS.length, emailPayloads: EMAIL_PAYLOADS.length, configPayloads: 3, published: built.size, refusedBySchema: cases.length - built.size });
  });

  it('no page runs a script or holds a dangerous link, with its CSP and with the CSP removed', async () => {
    const urls = pages();
    const withCsp = await browser.newContext();
    await withCsp.addInitScript(INIT);
    const a = await visit(withCsp, urls);
    await withCsp.close();
    const noCsp = await browser.newContext({ bypassCSP: true });
    await noCsp.addInitScript(INIT);
    await noCsp.route('**/*', async (route) => {
      const response = await route.fetch();
      if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) return route.fulfill({ response });
      const body = (await response.text()).replace(/<meta[^>]*Content-Security-Policy[^>]*>/gi, '');
      return route.fulfill({ response, body });
    });
    const b = await visit(noCsp, urls);
    await noCsp.close();
    expect(a.hits).toEqual([]);
    expect(b.hits).toEqual([]);
    expect([...new Set([...a.problems, ...b.problems])]).toEqual([]);
    recordFigures('xss', { pagesOpened: urls.length, pageLoads: urls.length * 2, scriptExecutions: a.hits.length + b.hits.length, domProblems: a.problems.length + b.problems.length });
  }, 900_000);

  it('the plain text keeps no markup that the page shows only as text', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems: string[] = [];
    for (const c of cases.filter((x) => built.has(x.id))) {
      const txt = readFileSync(join(out, c.id, 'simplificado.txt'), 'utf8');
      const tags = [...new Set(txt.match(/<\/?[A-Za-z!][^<>\n]*>/g) ?? [])];
      if (tags.length === 0) continue;
      await tab.goto(`${origin}/${c.id}/simplificado.html`);
      const shown = ((await tab.evaluate('document.body.innerText')) as string).replace(/\s+/g, ' ');
      for (const t of tags) if (!shown.includes(t.replace(/\s+/g, ' '))) problems.push(`${c.id}: ${t}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 600_000);

  it('the sitemap, manifest and JSON-LD hold only real URLs', () => {
    const sitemap = new XMLParser().parse(readFileSync(join(out, 'sitemap.xml'), 'utf8')) as { urlset: { url: { loc: string } | { loc: string }[] } };
    const locs = [sitemap.urlset.url].flat().map((u) => u.loc);
    expect(locs.length).toBeGreaterThan(0);
    for (const loc of locs) expect(loc.startsWith(BASE_URL), loc).toBe(true);
    // The manifest is data (titles may hold any text): its ids, paths and base URL are what links.
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { baseUrl: string; notices: { id: string }[]; files: { path: string }[] };
    expect(manifest.baseUrl).toBe(BASE_URL);
    for (const n of manifest.notices) expect(n.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const f of manifest.files) {
      expect(f.path).toMatch(/^\.?[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/);
      expect(f.path.split('/')).not.toContain('..');
    }
    const bad: string[] = [];
    for (const id of built) {
      const ld = JSON.parse(readFileSync(join(out, id, 'aviso.jsonld'), 'utf8')) as Json;
      mapStrings(ld, (s, key) => {
        if ((key === '@id' || /url|Url|URL|sameAs|email/.test(key)) && /^(javascript|vbscript|data|file):|^https?:(?!\/\/)/i.test(s.trim())) bad.push(`${id} ${key}: ${s}`);
        return s;
      });
    }
    expect(bad).toEqual([]);
  });

  it("the PDFs' link annotations (/URI) are only http(s), mailto and tel", () => {
    const bad: string[] = [];
    let uris = 0;
    let pdfs = 0;
    for (const id of built) {
      for (const name of readdirSync(join(out, id)).filter((f) => f.endsWith('.pdf'))) {
        pdfs++;
        const qdf = spawnSync('qpdf', ['--qdf', '--object-streams=disable', join(out, id, name), '-'], { maxBuffer: 256 * 1024 * 1024 });
        const text = qdf.stdout.toString('latin1');
        for (const m of text.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)) {
          uris++;
          const uri = m[1]!.replace(/\\(.)/g, '$1');
          if (!/^(https?:\/\/[^\s"<>]+|mailto:[^\s"<>]+|tel:\+?[0-9().-]+(;[a-z]+=[0-9A-Za-z.-]+)*)$/.test(uri)) bad.push(`${id}/${name}: ${uri}`);
        }
        if (/\/S\s*\/JavaScript|\/JS\s*[(<]|\/Launch/.test(text)) bad.push(`${id}/${name}: JavaScript or Launch action`);
      }
    }
    expect(bad).toEqual([]);
    expect(uris).toBeGreaterThan(0);
    recordFigures('xss', { pdfsChecked: pdfs, pdfLinkAnnotations: uris });
  }, 600_000);
});
