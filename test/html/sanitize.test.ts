import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { markdownBlocks } from '../../src/emit/markdown.js';
import { renderInlines } from '../../src/emit/html/render-inline.js';
import { emitWeb } from '../../src/emit/html/index.js';
import { ROOT, context, loadNotice } from './helpers.js';

/** Tags and attributes our templates produce; anything else in a page is an injection. */
const TAGS = new Set(['html', 'head', 'meta', 'title', 'link', 'style', 'script', 'body', 'header', 'main', 'footer', 'nav', 'section', 'div', 'p', 'a', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'strong', 'em', 'span', 'time', 'img', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td']);
const ATTRS = new Set(['lang', 'charset', 'name', 'content', 'http-equiv', 'rel', 'href', 'type', 'class', 'id', 'aria-labelledby', 'datetime', 'scope', 'src', 'alt']);

function tagsOf(html: string): { name: string; attrs: [string, string][] }[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)].map((m) => ({
    name: m[1]!.toLowerCase(),
    attrs: [...m[2]!.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), a[2] ?? ''] as [string, string]),
  }));
}

function assertClean(html: string): void {
  // Outside tags every '<' is escaped, so every real tag is one of ours.
  for (const tag of tagsOf(html)) {
    expect(TAGS.has(tag.name), `unexpected <${tag.name}>`).toBe(true);
    for (const [k, v] of tag.attrs) {
      expect(ATTRS.has(k), `unexpected attribute ${k} on <${tag.name}>`).toBe(true);
      if (k === 'href' || k === 'src') expect(v).toMatch(/^(https?:\/\/|mailto:|tel:|#|data:,$|[a-z0-9-]+\.(html|jsonld)$|assets\/)/);
    }
    if (tag.name === 'script') expect(tag.attrs).toEqual([['type', 'application/ld+json']]);
    if (tag.name === 'img') expect(tag.attrs.find(([k]) => k === 'src')?.[1]).toMatch(/^assets\/logo\./);
  }
  const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  for (const s of scripts) {
    expect(s).not.toContain('<');
    expect(() => JSON.parse(s)).not.toThrow();
  }
}

describe('sanitising Markdown', () => {
  const cases: [string, string][] = [
    ['<script>alert(1)</script>hola', 'hola'],
    ['<img src=x onerror=alert(1)>hola', 'hola'],
    ['[clic](javascript:alert(1))', 'clic'],
    ['[clic](JaVaScRiPt:alert(1))', 'clic'],
    ['[clic](data:text/html;base64,PHNjcmlwdD4=)', 'clic'],
    ['<a href="javascript:alert(1)" onclick="x()">ancla</a>', 'ancla'],
    ['<div style="display:none" onmouseover="x()">bloque</div>', 'bloque'],
    ['<style>p{}</style>texto', 'texto'],
    ['![alt](https://rastreo.example.com/p.png)', 'alt'],
  ];
  it.each(cases)('%s keeps only its text', (md, visible) => {
    const html = markdownBlocks(md)
      .map((b) => (b.kind === 'paragraph' ? renderInlines(b.content) : ''))
      .join('');
    expect(html).toBe(visible);
  });

  it('keeps safe links and escapes every text node', () => {
    const [p] = markdownBlocks('Vea <https://a.gob.mx/x?a=1&b=2>, escriba a datos@a.gob.mx o marque [55 1234 5678](tel:5512345678). 1 < 2 & "3"');
    expect(p?.kind).toBe('paragraph');
    const html = renderInlines(p!.kind === 'paragraph' ? p!.content : []);
    expect(html).toContain('<a href="https://a.gob.mx/x?a=1&amp;b=2">https://a.gob.mx/x?a=1&amp;b=2</a>');
    expect(html).toContain('<a href="mailto:datos@a.gob.mx">datos@a.gob.mx</a>');
    expect(html).toContain('<a href="tel:5512345678">55 1234 5678</a>');
    expect(html).toContain('1 &lt; 2 &amp; &quot;3&quot;');
  });
});

describe('a hostile notice', () => {
  const path = join(ROOT, 'test/fixtures/html/hostile.yaml');
  const notice = loadNotice(path);
  const outputs = emitWeb(notice, context(notice, path)).outputs;
  const page = (p: string) => String(outputs.find((o) => o.path === p)!.contents);

  it.each(['index.html', 'simplificado.html'])('%s carries no injected markup, handler or script URL', (file) => {
    const html = page(file);
    assertClean(html);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data:text)/i);
    expect(html).not.toContain("alert('intro')");
    expect(html).not.toContain('rastreo.example.com');
  });

  it('keeps the benign words around the markup', () => {
    const html = page('index.html');
    for (const w of ['Texto inicial', '<strong>negritas</strong>', 'Bloque crudo', 'Enlace malicioso', 'ancla cruda', '&lt;script&gt; escapado']) {
      expect(html).toContain(w);
    }
  });

  it('the text output keeps no Markdown-borne markup (plain-string fields stay verbatim)', () => {
    const text = page('simplificado.txt');
    for (const bad of ['<style', 'display:none', 'vbscript:', '</style>']) expect(text).not.toContain(bad);
    expect(text).not.toContain('display:none');
    expect(text).toContain('Encuestas pulse aquí opcionales.');
  });
});
