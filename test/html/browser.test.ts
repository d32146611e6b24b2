import { mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, ROOT, buildSite, serve, type BuiltSite } from './helpers.js';
import { noticeFacts, normalise } from './facts.js';

// One browser for the whole file; one context per page visit.
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const WIDTHS = [390, 1280];
const SHOTS = join(ARTIFACTS, 'screenshots');

const site: BuiltSite = buildSite('site');
const pages = site.notices.flatMap((n) => n.pages);
let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await serve(site.root));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** Open a page and record everything that must not happen: foreign requests, console errors, dialogs. */
async function open(url: string, width: number, allowed: (u: string) => boolean): Promise<{ tab: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 844 } });
  const tab = await context.newPage();
  const problems: string[] = [];
  tab.on('request', (r) => {
    if (!allowed(r.url())) problems.push(`foreign request: ${r.url()}`);
  });
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  tab.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready);
  return { tab, problems, close: () => context.close() };
}

describe.each(pages)('%s', (page) => {
  it.each(WIDTHS)('at %i px: 0 axe violations (WCAG 2.1 A/AA), no foreign request, no console error', async (width) => {
    const { tab, problems, close } = await open(`${origin}/${page}`, width, (u) => u.startsWith(`${origin}/`));
    const name = page.replace(/\//g, '_').replace(/\.html$/, '');
    await tab.screenshot({ path: join(SHOTS, `${name}-${width}.png`) });
    await tab.screenshot({ path: join(SHOTS, `${name}-${width}-full.png`), fullPage: true });
    // evaluate() is not subject to the page's CSP (an injected <script> would be, and rightly so).
    await tab.evaluate(AXE);
    const result = (await tab.evaluate(() =>
      // @ts-expect-error axe is injected into the page
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
    )) as { violations: { id: string; help: string; nodes: { target: unknown }[] }[]; passes: unknown[] };
    const fontsLoaded = await tab.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
    await close();
    expect(result.passes.length).toBeGreaterThan(10);
    expect(result.violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
    expect(problems).toEqual([]);
    expect(fontsLoaded).toBeGreaterThan(0);
  });
});

describe('responsive layout', () => {
  it.each(pages)('%s has no horizontal scrolling at 320 px', async (page) => {
    const { tab, problems, close } = await open(`${origin}/${page}`, 320, (u) => u.startsWith(`${origin}/`));
    const width = await tab.evaluate(() => document.documentElement.scrollWidth);
    await close();
    expect(width).toBeLessThanOrEqual(320);
    expect(problems).toEqual([]);
  });
});

describe('integral pages', () => {
  // The integral page, or for a simplified-only source the simplified page, which is all it is.
  it.each(site.notices.map((n) => [n.id, n] as const))('%s shows every fact of its notice', async (_id, n) => {
    const { tab, problems, close } = await open(`${origin}/${n.pages[0]}`, 1280, (u) => u.startsWith(`${origin}/`));
    const text = normalise(await tab.evaluate(() => document.body.innerText));
    await close();
    const facts = noticeFacts(n.notice);
    expect(facts.length).toBeGreaterThan(10);
    expect(facts.filter((f) => !text.includes(normalise(f.value))).map((f) => `${f.pointer}: ${f.value}`)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('works from file:// too, with no request outside its folder', async () => {
    const n = site.notices.find((x) => x.pages[0]!.endsWith('/index.html'))!;
    const folder = pathToFileURL(join(site.root, n.id)).href;
    const { tab, problems, close } = await open(`${folder}/index.html`, 390, (u) => u.startsWith(`${folder}/`));
    const fonts = await tab.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
    await close();
    expect(problems).toEqual([]);
    expect(fonts).toBeGreaterThan(0);
  });

  it('marks drafts unmistakably', async () => {
    const draft = site.notices.find((n) => n.id.endsWith('-borrador'))!;
    for (const page of draft.pages) {
      const { tab, close } = await open(`${origin}/${page}`, 390, () => true);
      const banner = await tab.locator('.draft-banner').innerText();
      const title = await tab.title();
      const box = await tab.locator('.draft-banner').boundingBox();
      await close();
      expect(banner).toContain('BORRADOR — no cumple con la LGPDPPSO');
      expect(title).toContain('BORRADOR');
      expect(box!.y).toBeLessThan(200); // on the first screen of a phone
    }
  });

  it('a phone reader reaches the refusal mechanism from the summary in one tap', async () => {
    const n = site.notices.find((x) => x.id === 'citas-ejemplo')!;
    const { tab, close } = await open(`${origin}/${n.id}/index.html`, 390, () => true);
    const summaryTop = (await tab.locator('.summary').boundingBox())!.y;
    await tab.locator('.summary-negativa a.more').click();
    const hash = await tab.evaluate(() => location.hash);
    const target = await tab.locator('#negativa h2').boundingBox();
    await close();
    expect(summaryTop).toBeLessThan(844); // the summary starts on the first screen
    expect(hash).toBe('#negativa');
    expect(target!.y).toBeGreaterThanOrEqual(-1);
    expect(target!.y).toBeLessThan(100);
  });
});
