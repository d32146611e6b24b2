import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { manifestOf, verifyBundle, workspace, writeNotice } from './helpers.js';

const require = createRequire(import.meta.url);
const BROWSER_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

// Real emitters, worker threads (5 notices >= the parallel threshold), the real binary.
describe('notice build with the real emitters', () => {
  let ws: string;
  let out: string;
  let stderr: string;
  beforeAll(() => {
    ws = workspace(5);
    writeNotice(ws, 'aviso-4', 'Aviso con «comillas» & símbolos <b>');
    const r = runCli(['build'], { cwd: ws });
    expect(r.code, r.stderr + r.stdout).toBe(0);
    stderr = r.stderr;
    out = join(ws, 'dist/avisos');
  });

  it('writes every format for every notice, and the manifest matches the files', () => {
    expect(stderr).toMatch(/5 aviso\(s\) \(5 publicados/);
    const m = manifestOf(out);
    expect(m.notices.map((n) => n.id)).toEqual(['aviso-0', 'aviso-1', 'aviso-2', 'aviso-3', 'aviso-4']);
    const paths = m.files.map((f) => f.path);
    for (const f of ['index.html', 'simplificado.html', 'aviso-integral.pdf', 'aviso-simplificado.pdf', 'aviso.jsonld', 'simplificado.txt']) expect(paths).toContain(`aviso-2/${f}`);
    expect(paths).toContain('index.html');
    expect(paths).toContain('sitemap.xml');
    verifyBundle(out);
    const pdf = join(out, 'aviso-2/aviso-integral.pdf');
    const q = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
    expect(q.status, q.stdout).toBe(0);
  });

  it('is byte-identical when built again from scratch in another process', () => {
    const other = workspace(5);
    writeNotice(other, 'aviso-4', 'Aviso con «comillas» & símbolos <b>');
    expect(runCli(['build', '--no-cache', '--jobs', '1'], { cwd: other }).code).toBe(0);
    expect(readFileSync(join(other, 'dist/avisos/manifest.json'), 'utf8')).toBe(readFileSync(join(out, 'manifest.json'), 'utf8'));
  });

  it('index.html is valid HTML (Nu Html Checker)', () => {
    const vnu = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const r = spawnSync('java', ['-jar', vnu, '--errors-only', join(out, 'index.html')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('Aviso con «comillas» &amp; símbolos &lt;b&gt;');
  });

  it('index.html passes axe and makes no external requests', async () => {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_ARGS });
    try {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${join(out, 'index.html')}`);
      await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
      const result = (await page.evaluate(`axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] })`)) as { violations: { id: string }[] };
      expect(result.violations.map((v) => v.id)).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
      expect(await page.getAttribute('html', 'lang')).toBe('es-MX');
    } finally {
      await browser.close();
    }
  });
});
