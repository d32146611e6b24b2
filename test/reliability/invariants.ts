import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCatalogued, RUN_NOTE_CODES } from '../../dist/diagnostics/catalogue/index.js';
import type { Diagnostic } from '../../dist/diagnostics/diagnostic.js';
import type { RunResult } from '../../dist/pipeline/types.js';
import { RULE_IDS } from '../../dist/rules/registry.js';
import { CORPUS } from './helpers.js';

const RULES = new Set<string>(RULE_IDS);

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** What is wrong with one finding on one source text (empty when nothing is). */
export function diagnosticProblems(d: Diagnostic, file: string, text: string | undefined): string[] {
  const out: string[] = [];
  const known = isCatalogued(d.code) || (d.rule !== undefined && RULES.has(d.rule)) || RULES.has(d.code);
  if (!known) out.push(`uncatalogued code ${d.code}`);
  if (d.file !== file) out.push(`${d.code} reported on ${d.file}`);
  if (!d.message || d.message.includes('\n')) out.push(`${d.code} message empty or on several lines`);
  for (const m of d.message.match(/\{\w+\}|\[object Object\]|\bundefined\b|\bNaN\b/g) ?? []) {
    if (!text?.includes(m)) out.push(`${d.code} message has «${m}»: ${d.message.slice(0, 120)}`);
  }
  if (!RUN_NOTE_CODES.has(d.code)) {
    const r = d.range;
    const lines = text === undefined ? 1 : lineCount(text);
    if (!r) out.push(`${d.code} has no position`);
    else if (r.start.line < 1 || r.start.column < 1 || r.start.line > lines || r.end.line < r.start.line || (r.end.line === r.start.line && r.end.column < r.start.column)) {
      out.push(`${d.code} has a bad position ${JSON.stringify(r)} (${lines} lines)`);
    }
  }
  return out;
}

/** Invariants of a check run over generated sources: per file, what is wrong. */
export function runProblems(run: RunResult, sources: readonly { file: string; text: string }[]): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  const add = (file: string, p: string[]) => p.length > 0 && byFile.set(file, [...(byFile.get(file) ?? []), ...p]);
  if (run.notices.length !== sources.length) add('(run)', [`${run.notices.length} results for ${sources.length} sources`]);
  for (const n of run.notices) {
    const text = texts.get(n.file);
    if (n.ioError) add(n.file, ['reported as an I/O error']);
    for (const d of n.result.diagnostics) add(n.file, diagnosticProblems(d, n.file, text));
    const errors = n.result.diagnostics.filter((d) => d.severity === 'error');
    if (!n.result.schemaValid && errors.length === 0) add(n.file, ['not schema-valid, yet no error']);
    if (n.result.status === 'built' && errors.length > 0) add(n.file, ['published as final despite errors']);
    if ((n.result.status === 'failed' || n.result.status === 'checked') && (n.result.outputs?.length ?? 0) > 0 && n.result.status === 'failed') add(n.file, ['failed, yet has outputs']);
  }
  return byFile;
}

/** Saves an input that broke an invariant into the corpus (replayed on every run); returns its name. */
export function saveToCorpus(text: string, why: string): string {
  mkdirSync(CORPUS, { recursive: true });
  const name = `found-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.yaml`;
  if (!existsSync(join(CORPUS, name))) {
    writeFileSync(join(CORPUS, name), text);
    writeFileSync(join(CORPUS, `${name}.why.txt`), `${why}\n`);
  }
  return name;
}

/** Every input of the corpus: the ones that once broke the tool, and the hand-written hostile ones. */
export function corpusInputs(): { name: string; text: string }[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CORPUS, name), 'utf8') }));
}
