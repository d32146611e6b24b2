import { relative } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { emitJsonLd } from '../../src/emit/jsonld/emit-jsonld.js';
import { DPV_TERMS, LOC_COUNTRIES, NS, OTHER_TERMS, PD_TERMS } from '../../src/emit/jsonld/vocabulary.js';
import { ROOT, context, loadNotice, noticeFiles } from './helpers.js';

// aviso.jsonld read by a real JSON-LD processor (jsonld.js): expanded to RDF, it must keep one
// triple per fact written in the file (none dropped by a relative or unknown IRI), use only the DPV
// 2.2, pd:, loc:, Dublin Core and schema.org terms of src/emit/jsonld/vocabulary.ts, and claim
// conformity (dct:conformsTo) only for a notice built without errors.

type Node = Record<string, unknown>;
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** The triples the file states: one per @type and per property value, recursively. */
function expectedTriples(node: Node): number {
  let n = 0;
  for (const [key, raw] of Object.entries(node)) {
    if (key === '@context' || key === '@id') continue;
    const values = Array.isArray(raw) ? raw : [raw];
    if (key === '@type') {
      n += values.length;
      continue;
    }
    for (const v of values) {
      n += 1;
      if (v && typeof v === 'object' && !('@value' in v)) n += expectedTriples(v as Node);
    }
  }
  return n;
}

/** Is an IRI one of the vocabulary's terms (for predicates, types and vocabulary objects)? */
function known(iri: string): boolean {
  for (const [prefix, ns] of Object.entries(NS)) {
    if (!iri.startsWith(ns)) continue;
    const local = iri.slice(ns.length);
    if (prefix === 'dpv') return DPV_TERMS.has(local);
    if (prefix === 'pd') return PD_TERMS.has(local);
    if (prefix === 'loc') return LOC_COUNTRIES.has(local);
    return (OTHER_TERMS as Record<string, Set<string>>)[prefix]?.has(local) ?? false;
  }
  return false;
}

interface Quad {
  subject: string;
  predicate: string;
  object: string;
}

function parse(nquads: string): Quad[] {
  return nquads
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const m = /^(<[^>]*>|_:\S+) <([^>]*)> (<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[a-zA-Z-]+)?) \.$/.exec(line);
      if (!m) throw new Error(`not an N-Quads triple: ${line}`);
      return { subject: m[1]!, predicate: m[2]!, object: m[3]! };
    });
}

const cases = noticeFiles().flatMap((path) => {
  const notice = loadNotice(path);
  const name = relative(ROOT, path);
  return [
    { name: `${name} (draft, no base URL)`, notice, ctx: context(notice, path, { draft: true }) },
    { name: `${name} (published at a base URL)`, notice, ctx: context(notice, path, { draft: false, baseUrl: 'https://avisos.conarep.gob.mx/privacidad/' }) },
  ];
});

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const file = emitJsonLd(c.notice, c.ctx).outputs.find((o) => o.path === 'aviso.jsonld')!;
  const doc = JSON.parse(String(file.contents)) as Node;

  it('expands to RDF with one triple per stated fact, none dropped', async () => {
    const quads = parse(await jsonld.toRDF(doc, { format: 'application/n-quads' }));
    expect(quads.length).toBe(expectedTriples(doc));
    expect(quads.length).toBeGreaterThan(10);
  });

  it('has absolute identifiers and only vocabulary terms that exist', async () => {
    const quads = parse(await jsonld.toRDF(doc, { format: 'application/n-quads' }));
    expect(String(doc['@id'])).toMatch(/^(https:\/\/|urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$)/);
    for (const q of quads) {
      if (q.subject.startsWith('<')) expect(q.subject).toMatch(/^<(https:|urn:uuid:)/);
      expect(q.predicate === RDF_TYPE || known(q.predicate), q.predicate).toBe(true);
      if (q.predicate === RDF_TYPE) expect(known(q.object.slice(1, -1)), q.object).toBe(true);
      const vocabulary = Object.values(NS).some((ns) => q.object.startsWith(`<${ns}`));
      if (vocabulary) expect(known(q.object.slice(1, -1)), q.object).toBe(true);
    }
  });

  it('claims conformity with the law only when the notice was built without errors', () => {
    expect('dct:conformsTo' in doc).toBe(!c.ctx.draft);
    expect(JSON.stringify(doc)).not.toContain('OfficialAuthority"');
  });
});

describe('identifiers', () => {
  it('are stable and differ between notices when no URL is known', () => {
    const ids = cases.filter((c) => c.ctx.draft).map((c) => JSON.parse(String(emitJsonLd(c.notice, c.ctx).outputs[0]!.contents))['@id'] as string);
    expect(new Set(ids).size).toBe(ids.length);
    const again = cases.filter((c) => c.ctx.draft).map((c) => JSON.parse(String(emitJsonLd(c.notice, c.ctx).outputs[0]!.contents))['@id'] as string);
    expect(again).toEqual(ids);
  });
});
