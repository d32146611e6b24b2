import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitWeb } from '../../src/emit/html/index.js';
import { ROOT, context, loadNotice, noticeFiles } from './helpers.js';

// Output goldens: any change to a page is a reviewed change. UPDATE_GOLDEN=1 rewrites them.
const GOLDEN = join(ROOT, 'test', 'golden');
const FILES = ['index.html', 'simplificado.html', 'simplificado.txt', 'aviso.jsonld'];
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(noticeFiles().map((f) => [basename(f, '.yaml'), f]))('%s', (_name, path) => {
  const notice = loadNotice(path);
  const emit = () => emitWeb(notice, context(notice, path)).outputs;
  const first = emit();

  it.each(FILES)('%s matches its golden file', (file) => {
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

  it('emits identical bytes twice', () => {
    const second = emit();
    expect(second.map((o) => o.path)).toEqual(first.map((o) => o.path));
    second.forEach((o, i) => expect(Buffer.from(o.contents).equals(Buffer.from(first[i]!.contents)), o.path).toBe(true));
  });

  it('uses LF, UTF-8 text and a final newline', () => {
    for (const o of first.filter((x) => typeof x.contents === 'string')) {
      const s = o.contents as string;
      expect(s.includes('\r'), o.path).toBe(false);
      if (!o.path.endsWith('.txt') || !o.path.startsWith('assets/')) expect(s.endsWith('\n'), o.path).toBe(true);
    }
  });
});
