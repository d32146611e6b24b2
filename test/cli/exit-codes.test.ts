import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportAndExit, thresholdsOf } from '../../src/cli/commands/report-gate.js';
import { gateFails } from '../../src/diagnostics/gate.js';
import { exitCodeFor } from '../../src/cli/exit-codes.js';
import type { CliIo } from '../../src/cli/io-context.js';
import type { Diagnostic, Severity } from '../../src/diagnostics/diagnostic.js';
import { runCli } from '../helpers/cli.js';
import { INFO_ONLY, UNKNOWN_KEY, VALID, WARNING_ONLY, workspace } from '../ci/helpers.js';

const d = (severity: Severity, suppressed = false): Diagnostic => ({
  code: `X-${severity.toUpperCase()}`,
  severity,
  message: severity,
  file: 'n.yaml',
  pointer: '',
  ...(suppressed ? { suppressed: { source: 'inline' as const, reason: 'ok' } } : {}),
});

/** Findings of each kind → expected exit code per --fail-on (error, warning, info). */
const MATRIX: [string, Diagnostic[], [number, number, number]][] = [
  ['clean', [], [0, 0, 0]],
  ['info only', [d('info')], [0, 0, 1]],
  ['warning only', [d('warning')], [0, 1, 1]],
  ['error only', [d('error')], [1, 1, 1]],
  ['all kinds', [d('error'), d('warning'), d('info')], [1, 1, 1]],
  ['suppressed only', [d('error', true), d('warning', true), d('info', true)], [0, 0, 0]],
  ['run note only (RULESET-SELECTED)', [{ ...d('info'), code: 'RULESET-SELECTED' }], [0, 0, 0]],
];

describe('exit-code contract (pure)', () => {
  for (const [name, list, expected] of MATRIX) {
    it(`${name}: --fail-on error|warning|info → ${expected.join('|')}`, () => {
      expect((['error', 'warning', 'info'] as const).map((failOn) => exitCodeFor(list, { failOn }))).toEqual(expected);
    });
  }

  it('--max-warnings counts unsuppressed warnings only', () => {
    const two = [d('warning'), d('warning'), d('warning', true)];
    expect([0, 1, 2, 3].map((maxWarnings) => exitCodeFor(two, { failOn: 'error', maxWarnings }))).toEqual([1, 1, 0, 0]);
    expect(exitCodeFor([d('error')], { failOn: 'error', maxWarnings: 5 })).toBe(1);
  });
});

function fakeIo(cwd: string): CliIo & { out: string[] } {
  const out: string[] = [];
  return { cwd, env: {}, stdout: (t) => out.push(t), stderr: () => undefined, stdoutIsTTY: false, stderrIsTTY: false, out };
}

/** check and build end in the same step: every report, then the one gate's exit code. */
async function gateExit(list: Diagnostic[], flags: { failOn?: Severity; maxWarnings?: string }, ws: string): Promise<number> {
  const diagnostics = list.map((x) => ({ ...x, file: 'notices/ok.yaml' }));
  const thresholds = thresholdsOf(flags);
  const reported = { files: ['notices/ok.yaml'], diagnostics, sources: new Map(), rulesets: new Map(), lang: 'es' as const, ioFailure: false, passed: !gateFails(diagnostics, thresholds) };
  return reportAndExit(reported, [{ format: 'json' }], flags, fakeIo(ws));
}

describe('exit-code contract through the report-and-gate step check and build share', () => {
  const ws = workspace({ 'notices/ok.yaml': VALID });
  for (const [name, list, expected] of MATRIX) {
    it(`${name}`, async () => {
      const got: number[] = [];
      for (const failOn of ['error', 'warning', 'info'] as const) got.push(await gateExit(list, { failOn }, ws));
      expect(got).toEqual(expected);
    });
  }
  it('--max-warnings with --fail-on error', async () => {
    const list = [d('warning'), d('warning')];
    const got = [];
    for (const n of ['0', '1', '2']) got.push(await gateExit(list, { maxWarnings: n }, ws));
    expect(got).toEqual([1, 1, 0]);
  });
});

describe('exit codes of the real binary', { timeout: 300_000 }, () => {
  const ws = workspace({ 'ok/a.yaml': VALID, 'info/a.yaml': INFO_ONLY, 'warn/a.yaml': WARNING_ONLY, 'bad/a.yaml': UNKNOWN_KEY, 'latin1/a.yaml': '' });
  writeFileSync(join(ws, 'latin1/a.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xf1, 0x0a]));

  // Folder → exit code with --fail-on error | warning | info, and with --max-warnings 0.
  it.each([
    ['ok', [0, 0, 0], 0],
    ['info', [0, 0, 1], 0],
    ['warn', [0, 1, 1], 1],
    ['bad', [1, 1, 1], 1],
  ] as const)('%s: --fail-on error|warning|info → %j, --max-warnings 0 → %i', (folder, byThreshold, maxZero) => {
    const got = (['error', 'warning', 'info'] as const).map((t) => runCli(['check', folder, '--fail-on', t, '-f', 'json'], { cwd: ws }).code);
    expect(got).toEqual(byThreshold);
    const maxed = runCli(['check', folder, '--max-warnings', '0', '-f', 'json'], { cwd: ws });
    expect(maxed.code).toBe(maxZero);
    // When only the number of warnings fails the run, the run says so (as ESLint does).
    if (folder === 'warn') expect(maxed.stderr).toMatch(/más de las que permite --max-warnings 0/);
    // The same gate in build: same inputs and thresholds, same exit code.
    const build = (extra: string[]) => runCli(['build', folder, '--out', `out-${folder}`, '--formats', 'text,jsonld', '--no-cache', ...extra], { cwd: ws }).code;
    expect((['error', 'warning', 'info'] as const).map((t) => build(['--fail-on', t]))).toEqual(byThreshold);
    expect(build(['--max-warnings', '0'])).toBe(maxZero);
  });

  it.each([
    [['warn', '--max-warnings', '1'], 0],
    [['bad', '--max-warnings', '10'], 1],
    [['latin1'], 2],
    [['latin1', 'ok', '--fail-on', 'info'], 2],
    [['missing-folder'], 2],
    [['ok', '--fail-on', 'fatal'], 2],
    [['ok', '--max-warnings', '-1'], 2],
    [['ok', '--max-warnings', 'many'], 2],
    [['ok', '--baseline', 'no-such-baseline.json'], 2],
  ])('notice check %j → %i', (args, code) => {
    const r = runCli(['check', ...(args as string[])], { cwd: ws });
    expect(r.code, r.stdout + r.stderr).toBe(code);
    if (code === 2) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('documents the contract in --help', () => {
    const r = runCli(['check', '--help']);
    expect(r.stdout).toMatch(/Códigos de salida/);
    expect(r.stdout).toMatch(/--fail-on <severity>/);
    expect(r.stdout).toMatch(/--max-warnings <n>/);
  });
});
