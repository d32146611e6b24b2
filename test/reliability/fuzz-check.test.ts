import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { runNotices } from '../../dist/pipeline/run.js';
import { noticeCase, renderCase } from './arbitraries.js';
import { exampleNotice, recordFigures, SEED, sized, TODAY } from './helpers.js';
import { corpusInputs, runProblems, saveToCorpus } from './invariants.js';

// ≥ 10,000 generated notices per CI run through the one runner, in process, in batches of a few
// hundred checked together (so the rules across notices see malformed neighbours too).

const TOTAL = Number(process.env.NOTICE_FUZZ_RUNS ?? sized(10_000, 200));
const BATCH = 250;
const options = { lang: 'es' as const, evaluation: { today: TODAY } };

/** Two valid notices of one controller in every batch: the rules across notices always run. */
const ANCHORS = [
  { file: 'notices/anchor-a.yaml', text: exampleNotice('anchor-a') },
  { file: 'notices/anchor-b.yaml', text: exampleNotice('anchor-b') },
];

function explain(problems: Map<string, string[]>, sources: { file: string; text: string }[]): string {
  const texts = new Map(sources.map((s) => [s.file, s.text]));
  return [...problems]
    .slice(0, 5)
    .map(([file, list]) => {
      const saved = texts.has(file) ? saveToCorpus(texts.get(file)!, list.join('\n')) : '';
      return `${file}${saved ? ` (saved as test/reliability/corpus/${saved})` : ''}:\n  ${list.slice(0, 5).join('\n  ')}`;
    })
    .join('\n');
}

describe('fuzzing the runner (in process)', () => {
  it(`checks ${TOTAL} generated notices: no crash, every problem a positioned, catalogued finding`, async () => {
    let checked = 0;
    let invalid = 0;
    let valid = 0;
    let batches = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fc.array(noticeCase, { minLength: BATCH, maxLength: BATCH }), async (cases) => {
        const sources = [...ANCHORS, ...cases.map((c, i) => ({ file: `notices/f-${i}.yaml`, text: renderCase(c, `f-${i}`) }))];
        let run;
        try {
          // Every tenth batch on worker threads: results cross threads as plain data.
          run = await runNotices({ sources, options, toolVersion: 'fuzz', jobs: batches % 10 === 9 ? 2 : 1 });
        } catch (e) {
          // The whole run died: find the notices that kill it on their own (with the anchors).
          const killers: string[] = [];
          for (const s of sources.slice(ANCHORS.length)) {
            try {
              await runNotices({ sources: [...ANCHORS, s], options, toolVersion: 'fuzz', jobs: 1 });
            } catch (err) {
              killers.push(`${s.file}: ${(err as Error).message} (saved as ${saveToCorpus(s.text, (err as Error).stack ?? String(err))})`);
            }
          }
          throw new Error(`runNotices threw ${(e as Error).stack}\n${killers.join('\n')}`);
        }
        batches++;
        checked += cases.length;
        for (const n of run.notices.slice(ANCHORS.length)) n.result.schemaValid ? valid++ : invalid++;
        const problems = runProblems(run, sources);
        if (problems.size > 0) throw new Error(explain(problems, sources));
      }),
      { seed: SEED, numRuns: Math.ceil(TOTAL / BATCH), endOnFailure: true },
    );
    const seconds = (performance.now() - started) / 1000;
    recordFigures('fuzz-check', { notices: checked, schemaValid: valid, schemaInvalid: invalid, batchSize: BATCH, batches, seconds: Math.round(seconds) });
    expect(checked).toBeGreaterThanOrEqual(TOTAL);
    // Both kinds are generated in quantity, or the fuzzer is not exploring.
    expect(valid).toBeGreaterThan(checked / 20);
    expect(invalid).toBeGreaterThan(checked / 5);
  }, 900_000);

  it('replays the corpus: every input that ever broke an invariant, and the hand-written hostile ones', async () => {
    const inputs = corpusInputs();
    const sources = [...ANCHORS, ...inputs.map((c) => ({ file: `notices/${c.name}`, text: c.text }))];
    const run = await runNotices({ sources, options, toolVersion: 'fuzz', jobs: 1 });
    const problems = runProblems(run, sources);
    expect([...problems].map(([f, p]) => `${f}: ${p.join('; ')}`)).toEqual([]);
    // Each hand-written hostile input is refused with an error, never passed through.
    for (const n of run.notices.filter((x) => x.file.startsWith('notices/hostile-'))) {
      expect(n.result.diagnostics.some((d) => d.severity === 'error'), n.file).toBe(true);
    }
    recordFigures('fuzz-check', { corpus: inputs.length });
  });
});
