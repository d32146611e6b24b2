import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emitWeb } from '../../src/emit/html/index.js';
import { emitPdf, emitSimplifiedPdf } from '../../src/emit/pdf/index.js';
import { GENERATED, JSONLD_TERMS, LABEL_FAMILIES, type GeneratedId } from '../../src/emit/sections/generated.js';
import type { OutputFile } from '../../src/diagnostics/diagnostic.js';
import type { Notice } from '../../src/model/notice.js';
import { ROOT, context, loadNotice, noticeFiles } from './helpers.js';

// «Facts before sentences»: every sentence, badge or label the section model writes on its own is
// catalogued in src/emit/sections/generated.ts with the facts it restates. Here every notice of the
// repository and of test/fixtures/notices/kinds is emitted with those facts removed, and no output
// (HTML, the PDF text layer read by pdftotext, plain text, JSON-LD) may contain the text. A text
// the author wrote in the notice itself is not a finding.

type Json = Record<string, unknown>;
const BASE_URL = 'https://transparencia.conarep.gob.mx/avisos/';
const tmp = mkdtempSync(join(tmpdir(), 'notice-generated-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Removes the values at a pointer pattern ('/activities/*\/purposes/*\/type'); `config:` facts are not in the notice. */
function unstate(root: Json, pattern: string): void {
  if (pattern.startsWith('config:')) return;
  const segs = pattern.split('/').slice(1);
  const walk = (node: unknown, i: number): void => {
    if (node === null || typeof node !== 'object') return;
    const seg = segs[i]!;
    const keys = seg === '*' ? Object.keys(node) : [seg];
    for (const k of keys) {
      if (i === segs.length - 1) delete (node as Json)[k];
      else walk((node as Json)[k], i + 1);
    }
  };
  walk(root, 0);
}

function without(notice: Notice, facts: readonly string[]): Notice {
  const copy = structuredClone(notice) as unknown as Json;
  for (const f of facts) unstate(copy, f);
  return copy as unknown as Notice;
}

const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[e.toLowerCase()] ?? m,
  );
const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

/** The text a reader gets from each output, keyed by file name. */
function readable(outputs: OutputFile[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of outputs) {
    if (o.path.endsWith('.html')) {
      const html = String(o.contents).replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ');
      out[o.path] = squash(decode(html.replace(/<[^>]+>/g, ' ')));
    } else if (o.path.endsWith('.txt') || o.path.endsWith('.jsonld')) out[o.path] = squash(String(o.contents));
    else if (o.path.endsWith('.pdf')) {
      const file = join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
      writeFileSync(file, o.contents);
      out[o.path] = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    }
  }
  return out;
}

/** The fixed part of a catalogued wording most likely to identify it: its longest piece between placeholders. */
function probe(text: string): string {
  return text.split(/\{\w+\}/).map((p) => p.trim()).sort((a, b) => b.length - a.length)[0]!;
}

/** Whole-word, whitespace-tolerant search for a probe. */
function finds(haystack: string, needle: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${squash(needle).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u');
  return re.test(haystack);
}

interface Entry {
  id: string;
  text: string;
  facts: readonly string[];
  /** Only JSON-LD carries it. */
  jsonld?: boolean;
}

const ENTRIES: Entry[] = [
  ...(Object.keys(GENERATED) as GeneratedId[]).map((id) => ({ id, text: probe(GENERATED[id].text), facts: GENERATED[id].facts })),
  ...Object.entries(LABEL_FAMILIES).flatMap(([family, f]) => f.labels.map((label) => ({ id: `${family}: ${label}`, text: label, facts: f.facts }))),
  ...Object.entries(JSONLD_TERMS).map(([id, j]) => ({ id: `jsonld ${id}`, text: j.term, facts: j.facts, jsonld: true })),
];
const ALL_FACTS = [...new Set(ENTRIES.flatMap((e) => e.facts))];

it('every catalogued text has a probe long enough to be found', () => {
  expect(ENTRIES.filter((e) => e.text.trim().length < 4).map((e) => e.id)).toEqual([]);
});

const sources = noticeFiles().map((path) => {
  const notice = loadNotice(path);
  const yaml = squash(readFileSync(path, 'utf8'));
  return { name: relative(ROOT, path), path, notice, yaml };
});

/** Entries the author's own words may contain (then their presence in an output proves nothing). */
const writtenBy = (yaml: string, e: Entry) => finds(yaml, e.text);

function search(texts: Record<string, string>, e: Entry): string[] {
  return Object.entries(texts)
    .filter(([file]) => (e.jsonld ? file.endsWith('.jsonld') : true))
    .filter(([, text]) => (e.jsonld ? text.includes(e.text) : finds(text, e.text)))
    .map(([file]) => file);
}

describe('with every catalogued fact unstated, no output contains a catalogued sentence (HTML, PDF, text, JSON-LD)', () => {
  it.each(sources.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const stripped = without(s.notice, ALL_FACTS);
    const ctx = context(stripped, s.path, { draft: true });
    const pdfs = [...(await emitPdf(stripped, ctx)).outputs, ...(await emitSimplifiedPdf(stripped, ctx)).outputs];
    expect(pdfs.length).toBeGreaterThan(0);
    const texts = readable([...emitWeb(stripped, ctx).outputs, ...pdfs]);
    const found = ENTRIES.filter((e) => !writtenBy(s.yaml, e)).flatMap((e) => search(texts, e).map((file) => `${file}: «${e.text}» (${e.id})`));
    expect(found).toEqual([]);
  }, 60_000);
});

describe('each catalogued text disappears when only its own facts are removed', () => {
  it.each(ENTRIES.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    const found = sources
      .filter((s) => !writtenBy(s.yaml, e))
      .flatMap((s) => {
        const stripped = without(s.notice, e.facts);
        const base = e.facts.includes('config:baseUrl') ? {} : { baseUrl: BASE_URL };
        const texts = readable(emitWeb(stripped, context(stripped, s.path, { draft: e.facts.includes('config:passed'), ...base })).outputs);
        return search(texts, e).map((file) => `${s.name} ${file}`);
      });
    expect(found).toEqual([]);
  });
});

/**
 * Variants of the reference notice that state the facts no fixture happens to state (everything
 * primary, no transfers, nothing sensitive, no cookies…), so every catalogued text is seen once.
 */
function variants(): { s: (typeof sources)[number]; notice: Notice }[] {
  const ref = sources.find((s) => s.name === 'notices/reference-notice.yaml')!;
  const make = (change: (n: Json) => void) => {
    const n = structuredClone(ref.notice) as unknown as Json;
    change(n);
    return { s: ref, notice: n as unknown as Notice };
  };
  type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  return [
    make((n: Any) => {
      for (const a of n.activities) for (const p of a.purposes) p.type = 'primary';
      for (const t of n.transfers.items) t.consentRequired = false;
      delete n.refusal;
    }),
    make((n: Any) => void (n.transfers = { none: true })),
    make((n: Any) => void (n.transfers = { none: true, exceptions: [{ description: 'Requerimientos de autoridad competente.' }] })),
    make((n: Any) => void (n.transfers = { exceptions: [{ description: 'Requerimientos de autoridad competente.' }] })),
    make((n: Any) => {
      for (const a of n.activities) for (const d of a.data) d.sensitive = false;
      n.cookies = { used: false };
      n.rights.costs = { free: false };
      delete n.rights.fees;
      n.rights.portabilityAvailable = false;
      delete n.rights.portability;
      n.publication.atCollection = { timing: 'before-collection' };
    }),
  ];
}

describe('the catalogue is exercised: with the facts stated, each text does appear somewhere', () => {
  const stated = [...sources.map((s) => ({ s, notice: s.notice })), ...variants()].map(({ s, notice }) => {
    const ctx = context(notice, s.path, { draft: false, baseUrl: BASE_URL });
    return { s, texts: readable(emitWeb(notice, ctx).outputs) };
  });
  const shown = (e: Entry) => stated.some(({ s, texts }) => !writtenBy(s.yaml, e) && search(texts, e).length > 0);
  it('every sentence, badge and JSON-LD term of the catalogue', () => {
    const never = ENTRIES.filter((e) => !e.id.includes(': ')).filter((e) => !shown(e)).map((e) => e.id);
    expect(never).toEqual([]);
  });
});
