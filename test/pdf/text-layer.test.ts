import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkSource } from '../helpers/check.js';
import { emitPdf, emitSimplifiedPdf } from '../../src/emit/pdf/index.js';
import { buildDocument } from '../../src/emit/sections.js';
import type { Notice } from '../../src/model/notice.js';
import { noticeFacts as htmlFacts } from '../html/facts.js';
import { ROOT } from '../helpers/cli.js';
import { shuffled, textLayerCorpus, type CorpusNotice } from './corpus.js';
import { modelUnits } from './facts.js';
import { compact, withoutFurniture } from './pdf-tools.js';

// The text layer of every PDF must not depend on what else the process rendered before it: a
// corpus of 50+ varied notices is rendered in three orders — two shuffles in this process, one
// shuffle split across two worker threads (the built emitters, as a build runs them) — and every
// PDF must come out byte for byte the same. Then pdftotext (poppler) of each distinct PDF must
// hold every text fact of its notice, and no unmapped glyph («<>», U+FFFD) anywhere.

const run = promisify(execFile);
const ART = join(ROOT, 'test-artifacts/pdf/text-layer');
const corpus = textLayerCorpus();
const ctx = (n: Notice, file: string) => ({ id: n.id, file, epoch: 1_744_675_200, draft: false, paper: 'letter' as const, baseUrl: 'https://www.example.gob.mx/avisos-privacidad/' });

interface Rendered {
  notice: Notice;
  file: string;
  variant: 'integral' | 'simplified';
  bytes: Buffer;
  /** pdftotext output, and the same without page furniture and whitespace. */
  text: string;
  body: string;
}

const notices = new Map<string, Notice>();
const rendered = new Map<string, Rendered>();
const mismatches: string[] = [];

function load(c: CorpusNotice): Notice {
  let n = notices.get(c.file);
  if (!n) {
    const checked = checkSource(c.file, c.source, { today: '2026-01-01' });
    if (!checked.notice || !checked.schemaValid) throw new Error(`${c.file} is not a valid notice: ${checked.diagnostics.map((d) => d.message).join('; ')}`);
    n = checked.notice;
    notices.set(c.file, n);
  }
  return n;
}

/** Records a render; a second render of the same PDF must be identical to the first. */
function record(key: string, bytes: Buffer, order: string): void {
  const [file, variant] = key.split(' ') as [string, 'integral' | 'simplified'];
  const prior = rendered.get(key);
  if (!prior) rendered.set(key, { notice: notices.get(file)!, file, variant, bytes, text: '', body: '' });
  else if (!prior.bytes.equals(bytes)) mismatches.push(`${key} (${order})`);
}

async function inProcess(order: CorpusNotice[], label: string): Promise<void> {
  for (const c of order) {
    const n = load(c);
    for (const [variant, emit] of [['integral', emitPdf], ['simplified', emitSimplifiedPdf]] as const) {
      const r = await emit(n, ctx(n, c.file));
      record(`${c.file} ${variant}`, Buffer.from(r.outputs[0]!.contents as Uint8Array), label);
    }
  }
}

function inWorker(part: CorpusNotice[]): Promise<{ key: string; bytes: Uint8Array }[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData: { notices: part } });
    w.once('message', (m: { key: string; bytes: Uint8Array }[]) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

beforeAll(async () => {
  rmSync(ART, { recursive: true, force: true });
  mkdirSync(ART, { recursive: true });
  await inProcess(shuffled(corpus, 1), 'in-process, order 1');
  await inProcess(shuffled(corpus, 2), 'in-process, order 2');
  const third = shuffled(corpus, 3);
  const half = Math.ceil(third.length / 2);
  const parts = await Promise.all([inWorker(third.slice(0, half)), inWorker(third.slice(half))]);
  for (const r of parts.flat()) record(r.key, Buffer.from(r.bytes), 'worker threads, order 3 (dist/: run npm run build if this differs)');
  // pdftotext of every distinct PDF, two at a time.
  const queue = [...rendered.values()];
  const worker = async (): Promise<void> => {
    for (let r = queue.shift(); r; r = queue.shift()) {
      const path = join(ART, `${r.file.replace(/[/\\]/g, '_')}-${r.variant}.pdf`);
      writeFileSync(path, r.bytes);
      r.text = (await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 1 << 26 })).stdout;
      r.body = compact(withoutFurniture(r.text, r.notice.controller.name));
    }
  };
  await Promise.all([worker(), worker()]);
}, 600_000);

describe('text layer of a 50-notice corpus, in any render order', () => {
  test('the corpus is large and varied enough', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    expect(rendered.size).toBe(corpus.length * 2);
  });

  test('every PDF is byte-identical whatever was rendered before it, in this process or in worker threads', () => {
    expect(mismatches).toEqual([]);
  });

  test('no unmapped glyph: pdftotext never shows «<>» or U+FFFD, and every page has text', () => {
    const bad = [...rendered.values()].filter((r) => r.text.includes('<>') || r.text.includes('\ufffd')).map((r) => `${r.file} ${r.variant}`);
    expect(bad).toEqual([]);
    for (const r of rendered.values()) for (const page of r.text.split('\f').slice(0, -1)) expect(page.trim().length, `${r.file} ${r.variant}`).toBeGreaterThan(0);
  });

  test('pdftotext of every integral PDF holds every text fact of its notice (the facts the HTML test checks)', () => {
    const missing: string[] = [];
    for (const r of rendered.values()) {
      if (r.variant !== 'integral') continue;
      for (const f of htmlFacts(r.notice)) if (!r.body.includes(compact(f.value))) missing.push(`${r.file}${f.pointer}: «${f.value}»`);
    }
    expect(missing).toEqual([]);
  });

  test('pdftotext of every PDF reads every text unit of its section model, in order', () => {
    const missing: string[] = [];
    for (const r of rendered.values()) {
      const text = r.body;
      const model = buildDocument(r.notice, r.variant, { baseUrl: 'https://www.example.gob.mx/avisos-privacidad/' });
      let at = 0;
      for (const unit of modelUnits(model)) {
        const found = text.indexOf(compact(unit), at);
        if (found < 0) missing.push(`${r.file} ${r.variant}: «${unit}»`);
        else at = found;
      }
    }
    expect(missing).toEqual([]);
  });

  test('characters drawn with a shared or substitute glyph extract as themselves (ActualText)', () => {
    const text = (file: string): string => rendered.get(`corpus/${file}.yaml integral`)!.text;
    expect(compact(text('variante-sin-glifo'))).toContain(compact('solicitud → revisión → respuesta'));
    expect(text('variante-sin-glifo')).toContain('😀');
    // A no-break space shares the space's glyph; poppler reports both as a space.
    expect(text('variante-espacios')).toMatch(/Av\.[ \u00a0]Juárez[ \u00a0]12, C\.P\.[ \u00a0]06600; atención de 9:00[ \u202f]a[ \u202f]15:00/);
    expect(text('variante-espacios')).toMatch(/Datos\s+personales\./);
    expect(compact(text('variante-latin-ext'))).toContain(compact('saꞌan savi'));
    expect(text('variante-enie')).toContain('Ñandutí');
  });
});
