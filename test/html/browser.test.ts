import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, buildSite, serve, type BuiltSite } from './helpers.js';
import { noticeFacts, normalise } from './facts.js';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

let browser: Browser;
let site: BuiltSite;
let server: Server;
let origin: string;

beforeAll(async () => {
  site = buildSite('site');
  ({ server, origin } = await serve(site.root));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  mkdirSync(join(ARTIFACTS, 'screenshots'), { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

interface Visit {
  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
  foreign: string[];
  errors: string[];
}

async function visit(page: string, width: number, shot: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height: 844 }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  tab.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`)) foreign.push(r.url());
  });
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await tab.goto(`${origin}/${page}`, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready);
  await tab.screenshot({ path: join(ARTIFACTS, 'screenshots', `${shot}-${width}.png`), fullPage: true });
  // evaluate() is not subject to the page's CSP (addScriptTag would be, and rightly so).
  await tab.evaluate(AXE);
  const result = (await tab.evaluate(() =>
    // @ts-expect-error axe is injected into the page
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  )) as { violations: Visit['violations'] };
  await context.close();
  return { violations: result.violations, foreign, errors };
}

describe('built pages in Chromium', () => {
  it('have no axe violations (WCAG 2.1 A/AA), no foreign requests and no console errors, at 390 and 1280 px', async () => {
    const problems: string[] = [];
    for (const n of site.notices) {
      for (const page of n.pages) {
        for (const width of [390, 1280]) {
          const v = await visit(page, width, page.replace(/\//g, '_').replace(/\.html$/, ''));
          const where = `${page} @${width}px`;
          for (const x of v.violations) problems.push(`${where} axe ${x.id}: ${x.help} ${JSON.stringify(x.nodes.map((nd) => nd.target))}`);
          for (const u of v.foreign) problems.push(`${where} foreign request: ${u}`);
          for (const e of v.errors) problems.push(`${where} console: ${e}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows every fact of each notice in the integral page', async () => {
    for (const n of site.notices) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${origin}/${n.id}/index.html`);
      const text = normalise(await tab.evaluate(() => document.body.innerText));
      await context.close();
      const missing = noticeFacts(n.notice).filter((f) => !text.includes(normalise(f.value)));
      expect(missing.map((f) => `${f.pointer}: ${f.value}`), n.id).toEqual([]);
    }
  });

  it('marks drafts unmistakably', async () => {
    const draft = site.notices.find((n) => n.id.endsWith('-borrador'))!;
    for (const page of draft.pages) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${origin}/${page}`);
      const banner = await tab.locator('.draft-banner').innerText();
      expect(banner).toContain('BORRADOR — no cumple con la LGPDPPSO');
      expect(await tab.title()).toContain('BORRADOR');
      await context.close();
    }
  });
});
