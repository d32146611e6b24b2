/**
 * Scoring of the planted-defect corpus (test/fixtures/defects/): each variant plants one defect into
 * a clean base notice and names the rule that must find it; each trap looks like a defect and is
 * not one. Pure: the caller reads the files and passes the checker.
 */

export interface CorpusEdit {
  /** Search for `from` only after this anchor. */
  after?: string;
  from: string;
  /** Replace from `from` up to (not including) `until`. */
  until?: string;
  to: string;
}

export interface CorpusCase {
  id: string;
  base: string;
  edits: CorpusEdit[];
  /** Variants: the rule that must report the planted defect, and the article it cites. */
  rule?: string;
  article?: string;
  note: string;
}

export interface Corpus {
  /** Base id → file name under bases/. */
  bases: Record<string, string>;
  variants: CorpusCase[];
  traps: CorpusCase[];
}

/** What the checker returns, reduced to what scoring needs. */
export interface Finding {
  code: string;
  rule?: string;
  severity: 'error' | 'warning' | 'info';
  pointer: string;
}

export interface CaseResult {
  id: string;
  base: string;
  kind: 'variant' | 'trap';
  expected?: string;
  /** Codes found at warning or error, distinct, sorted. */
  found: string[];
  hit: boolean;
  unexpected: string[];
}

export interface CorpusScore {
  variants: number;
  traps: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  recall: number;
  precision: number;
  results: CaseResult[];
  /** Findings of a clean base (must be none). */
  dirtyBases: Record<string, string[]>;
}

export function applyEdits(text: string, edits: readonly CorpusEdit[]): string {
  let out = text;
  for (const e of edits) {
    const start = e.after === undefined ? 0 : out.indexOf(e.after);
    if (start < 0) throw new Error(`anchor not found: ${e.after}`);
    const at = out.indexOf(e.from, start);
    if (at < 0) throw new Error(`text not found: ${e.from}`);
    const end = e.until === undefined ? at + e.from.length : out.indexOf(e.until, at + e.from.length);
    if (end < 0) throw new Error(`end marker not found: ${e.until}`);
    out = out.slice(0, at) + e.to + out.slice(end);
  }
  return out;
}

const reported = (fs: readonly Finding[]): string[] => [...new Set(fs.filter((f) => f.severity !== 'info').map((f) => f.rule ?? f.code))].sort();

/**
 * Recall: variants whose rule is found at warning or error. Precision: those hits over all distinct
 * codes reported at warning or error in variants and traps (a code other than the planted one, or
 * any code in a trap, is a false positive).
 */
export function scoreCorpus(corpus: Corpus, baseTexts: Record<string, string>, check: (file: string, text: string) => readonly Finding[]): CorpusScore {
  const dirtyBases: Record<string, string[]> = {};
  for (const [id, text] of Object.entries(baseTexts)) {
    const found = reported(check(`${id}.yaml`, text));
    if (found.length) dirtyBases[id] = found;
  }
  const results: CaseResult[] = [];
  const run = (c: CorpusCase, kind: 'variant' | 'trap'): void => {
    const base = baseTexts[c.base];
    if (base === undefined) throw new Error(`${c.id}: unknown base ${c.base}`);
    const found = reported(check(`${c.id}.yaml`, applyEdits(base, c.edits)));
    const hit = kind === 'variant' && c.rule !== undefined && found.includes(c.rule);
    const unexpected = found.filter((f) => kind === 'trap' || f !== c.rule);
    results.push({ id: c.id, base: c.base, kind, ...(c.rule ? { expected: c.rule } : {}), found, hit, unexpected });
  };
  for (const v of corpus.variants) run(v, 'variant');
  for (const t of corpus.traps) run(t, 'trap');
  const truePositives = results.filter((r) => r.hit).length;
  const falseNegatives = results.filter((r) => r.kind === 'variant' && !r.hit).length;
  const falsePositives = results.reduce((n, r) => n + r.unexpected.length, 0);
  return {
    variants: corpus.variants.length,
    traps: corpus.traps.length,
    truePositives,
    falsePositives,
    falseNegatives,
    recall: corpus.variants.length ? truePositives / corpus.variants.length : 0,
    precision: truePositives + falsePositives ? truePositives / (truePositives + falsePositives) : 0,
    results,
    dirtyBases,
  };
}
