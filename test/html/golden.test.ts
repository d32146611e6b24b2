import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitWeb } from '../../src/emit/html/index.js';
import { noticeVariants } from '../../src/emit/sections.js';
import type { Notice } from '../../src/model/notice.js';
import { ROOT, context, loadChecked, noticeFiles } from './helpers.js';

// Output goldens: any change to a page is a reviewed change. UPDATE_GOLDEN=1 rewrites them.
// A notice with rule errors is emitted as a draft, as `notice build --allow-errors` would.
const GOLDEN = join(ROOT, 'test', 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

/** The web files of a notice's folder, by what the source is (pair, integral only, simplified only). */
function filesOf(notice: Notice): string[] {
  const v = noticeVariants(notice);
  return [...(v.includes('integral') ? ['index.html'] : []), ...(v.includes('simplified') ? ['simplificado.html', 'simplificado.txt'] : []), 'aviso.jsonld'];
}

const built = noticeFiles().map((path) => {
  const { notice, ruleErrors } = loadChecked(path);
  const emit = () => emitWeb(notice, context(notice, path, { draft: ruleErrors })).outputs;
  return { name: basename(path, '.yaml'), path, notice, emit, outputs: emit() };
});
/** Every file of the site the goldens make up, as '<id>/<path>' (links may cross folders). */
const site = new Map(built.flatMap((b) => b.outputs.map((o) => [`${b.notice.id}/${o.path}`, o] as const)));

describe.each(built.map((b) => [b.name, b] as const))('%s', (_name, b) => {
  const { notice, outputs: first } = b;

  it.each(filesOf(notice))('%s matches its golden file', (file) => {
    const out = first.find((o) => o.path === file);
    expect(out, `${file} was not emitted`).toBeDefined();
    const golden = join(GOLDEN, notice.id, file);
    if (update) {
      mkdirSync(join(GOLDEN, notice.id), { recursive: true });
      writeFileSync(golden, out!.contents);
    }
    expect(existsSync(golden), `missing ${golden}: run UPDATE_GOLDEN=1 npx vitest run test/html/golden.test.ts`).toBe(true);
    expect(String(out!.contents)).toBe(readFileSync(golden, 'utf8'));
  });

  it('emits exactly the files of its kind', () => {
    const pages = first.filter((o) => !o.path.startsWith('assets/')).map((o) => o.path).sort();
    expect(pages).toEqual([...filesOf(notice)].sort());
  });

  it('emits identical bytes twice', () => {
    const second = b.emit();
    expect(second.map((o) => o.path)).toEqual(first.map((o) => o.path));
    second.forEach((o, i) => expect(Buffer.from(o.contents).equals(Buffer.from(first[i]!.contents)), o.path).toBe(true));
  });

  it('every link inside the site points at an existing file and anchor', () => {
    const ids = (key: string) => new Set([...String(site.get(key)?.contents ?? '').matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));
    for (const page of first.filter((o) => o.path.endsWith('.html'))) {
      const html = String(page.contents);
      for (const [, href] of html.matchAll(/ href="([^"]+)"/g)) {
        if (/^(https?:|mailto:|tel:|data:)/.test(href!)) continue;
        const [file, anchor] = href!.split('#') as [string, string | undefined];
        const target = posix.normalize(posix.join(notice.id, file === '' ? page.path : file));
        expect(site.has(target), `${notice.id}/${page.path}: ${href}`).toBe(true);
        if (anchor) expect(ids(target).has(anchor), `${notice.id}/${page.path}: ${href}`).toBe(true);
      }
    }
  });

  it('prints no link target that leads nowhere in the plain text', () => {
    const text = String(first.find((o) => o.path === 'simplificado.txt')?.contents ?? '');
    expect(text).not.toMatch(/\((index|simplificado)\.html[^)]*\)|\(\.\.\/|\(#/);
  });

  it('uses LF, UTF-8 text and a final newline', () => {
    for (const o of first.filter((x) => typeof x.contents === 'string')) {
      const s = o.contents as string;
      expect(s.includes('\r'), o.path).toBe(false);
      if (!o.path.endsWith('.txt') || !o.path.startsWith('assets/')) expect(s.endsWith('\n'), o.path).toBe(true);
    }
  });
});
