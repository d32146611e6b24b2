#!/usr/bin/env node
// Side-by-side pictures of the HTML print view (Chromium page.pdf(), print media) and notice's
// own PDF, page by page, for a human look: test-artifacts/pdf/compare/<id>-p<N>.png (HTML left,
// PDF right). Not part of the test suite (it needs Chromium and a person to look).
//
//   npm run build && node test/pdf/compare-print.mjs [notices/imss-digital.yaml] [--pages 3] [--dpi 60]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt;
};
const pages = opt('--pages', 3);
const dpi = opt('--dpi', 60);
const file = args[0] ?? 'notices/imss-digital.yaml';
const out = join(root, 'test-artifacts/pdf/compare');
const work = join(tmpdir(), `notice-compare-${process.pid}`);
mkdirSync(out, { recursive: true });
mkdirSync(work, { recursive: true });

// Build the notice's HTML and PDF as `notice build` does (drafts with --allow-errors).
// Exit code 1 means findings (the notice is built as a draft); 2 means the build failed.
const built = spawnSync(process.execPath, [join(root, 'bin/notice.js'), 'build', '--no-cache', '--allow-errors', '-o', join(work, 'site'), join(root, file)], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
if (built.status !== 0 && built.status !== 1) throw new Error(built.stderr);
const id = readdirSync(join(work, 'site')).find((d) => !d.includes('.'));
const site = join(work, 'site', id);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const page = await browser.newPage();
await page.goto(`file://${join(site, 'index.html')}`, { waitUntil: 'load' });
await page.emulateMedia({ media: 'print' });
const paper = readFileSync(join(site, 'aviso-integral.pdf')).includes('/MediaBox [0 0 595.28') ? 'A4' : 'Letter';
await page.pdf({ path: join(work, 'chromium.pdf'), format: paper, printBackground: true });
await browser.close();

/** Reads a binary PPM (P6) from pdftoppm. */
function ppm(path) {
  const data = readFileSync(path);
  const header = data.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  const [, w, h] = header.map(Number);
  return { w, h, pixels: data.subarray(header[0].length) };
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function png(w, h, rgb) {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) rgb.copy(raw, y * (w * 3 + 1) + 1, y * w * 3, (y + 1) * w * 3);
  const chunk = (type, body) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    const tb = Buffer.concat([Buffer.from(type, 'latin1'), body]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(tb));
    return Buffer.concat([len, tb, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const render = (pdf, prefix) => execFileSync('pdftoppm', ['-r', String(dpi), '-l', String(pages), pdf, join(work, prefix)]);
render(join(work, 'chromium.pdf'), 'html');
render(join(site, 'aviso-integral.pdf'), 'pdf');
const list = (prefix) => readdirSync(work).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.ppm')).sort();
const html = list('html');
const own = list('pdf');
for (let i = 0; i < Math.min(html.length, own.length); i++) {
  const a = ppm(join(work, html[i]));
  const b = ppm(join(work, own[i]));
  const gap = 12;
  const w = a.w + gap + b.w;
  const h = Math.max(a.h, b.h);
  const canvas = Buffer.alloc(w * h * 3, 0x80);
  for (let y = 0; y < a.h; y++) a.pixels.copy(canvas, y * w * 3, y * a.w * 3, (y + 1) * a.w * 3);
  for (let y = 0; y < b.h; y++) b.pixels.copy(canvas, (y * w + a.w + gap) * 3, y * b.w * 3, (y + 1) * b.w * 3);
  const name = join(out, `${id}-p${i + 1}.png`);
  writeFileSync(name, png(w, h, canvas));
  console.log(name);
}
rmSync(work, { recursive: true, force: true });
