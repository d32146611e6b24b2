import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline } from '../../src/baseline/baseline.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { runCli } from '../helpers/cli.js';
import { MISSING_CONTROLLER_NAME, UNKNOWN_KEY, VALID, workspace } from './helpers.js';

interface JsonReport {
  summary: { errors: number; warnings: number; infos: number; suppressed: number };
  diagnostics: { code: string; file: string; pointer: string; severity: string; line: number | null; suppressed: { source: string; reason: string } | null }[];
}

/** Findings about the notices (without the RULESET-SELECTED run note). */
const about = (r: JsonReport) => r.diagnostics.filter((d) => d.code !== 'RULESET-SELECTED');

function json(ws: string, args: string[] = [], expected?: number): JsonReport {
  const r = runCli(['check', '-f', 'json', ...args], { cwd: ws });
  if (expected !== undefined) expect(r.code, r.stderr).toBe(expected);
  return JSON.parse(r.stdout) as JsonReport;
}

describe('baseline round trip', () => {
  it('records findings, fails only on new ones, and reports stale entries', () => {
    const ws = workspace({ 'notices/a.yaml': UNKNOWN_KEY, 'notices/b.yaml': MISSING_CONTROLLER_NAME, 'notices/ok.yaml': VALID });
    expect(runCli(['check'], { cwd: ws }).code).toBe(1);

    const w = runCli(['check', '--write-baseline'], { cwd: ws });
    expect(w.code).toBe(0);
    expect(w.stderr).toContain('línea base escrita en .notice-baseline.json (2 hallazgo(s))');
    const file = JSON.parse(readFileSync(join(ws, '.notice-baseline.json'), 'utf8'));
    const recorded = file.entries.map((e: { file: string; code: string; pointer: string }) => `${e.file} ${e.code} ${e.pointer}`);
    expect(recorded).toHaveLength(2);
    expect(recorded[0]).toBe('notices/a.yaml SCHEMA-UNKNOWN-PROPERTY /cambios');
    // The pointer of a missing key is /controller or /controller/name, depending on the schema layer.
    expect(recorded[1]).toMatch(/^notices\/b\.yaml SCHEMA-REQUIRED \/controller(\/name)?$/);
    expect(JSON.stringify(file)).not.toMatch(/"line"|"column"/);

    // The default baseline is used without asking; baselined findings are kept but do not count.
    const clean = json(ws, [], 0);
    expect(clean.summary).toMatchObject({ errors: 0, warnings: 0, suppressed: 2 });
    expect(about(clean).every((d) => d.suppressed?.source === 'baseline')).toBe(true);

    // Lines move (comments on top) and a new defect appears: only the new one fails.
    writeFileSync(join(ws, 'notices/a.yaml'), '# comentario\n# otro\n' + UNKNOWN_KEY.replace('changes:\n', 'otra: y\nchanges:\n'));
    const moved = json(ws, [], 1);
    const active = about(moved).filter((d) => !d.suppressed);
    expect(active.map((d) => `${d.code} ${d.pointer}`)).toEqual(['SCHEMA-UNKNOWN-PROPERTY /otra']);
    expect(moved.summary.suppressed).toBe(2);

    // Fixing an old finding makes its entry stale: an info finding, which fails only --fail-on info.
    writeFileSync(join(ws, 'notices/a.yaml'), UNKNOWN_KEY);
    writeFileSync(join(ws, 'notices/b.yaml'), VALID);
    const stale = json(ws, [], 0);
    const staleList = about(stale).filter((d) => !d.suppressed).map((d) => `${d.severity} ${d.code} ${d.file} ${d.pointer}`);
    expect(staleList).toEqual([`info BASELINE-STALE notices/b.yaml ${recorded[1].split(' ')[2]}`]);
    expect(runCli(['check', '--fail-on', 'info'], { cwd: ws }).code).toBe(1);
    expect(runCli(['check'], { cwd: ws }).stdout).toMatch(/notices\/b\.yaml:\d+:\d+  info  La línea base registra un hallazgo SCHEMA-REQUIRED en \/controller\S* que ya no ocurre; quite la entrada con `notice check --write-baseline`/);

    // --no-baseline ignores it; rewriting drops the stale entry.
    expect(runCli(['check', '--no-baseline'], { cwd: ws }).code).toBe(1);
    expect(runCli(['check', '--write-baseline'], { cwd: ws }).code).toBe(0);
    const rewritten = json(ws, ['--fail-on', 'info'], 0);
    expect(about(rewritten).filter((d) => !d.suppressed)).toEqual([]);
    expect(rewritten.summary.suppressed).toBe(1);
  });

  it('matches across --lang and keeps hand-written reasons when rewritten', () => {
    const ws = workspace({ 'notices/a.yaml': UNKNOWN_KEY });
    expect(runCli(['check', '--write-baseline', '--baseline-reason', 'Migración 2025'], { cwd: ws }).code).toBe(0);
    expect(json(ws, ['--lang', 'en'], 0).diagnostics.find((d) => d.code === 'SCHEMA-UNKNOWN-PROPERTY')!.suppressed).toEqual({ source: 'baseline', reason: 'Migración 2025', until: null });
    const path = join(ws, '.notice-baseline.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Migración 2025', 'Oficio 45/2025: se corrige en enero'));
    expect(runCli(['check', '--write-baseline'], { cwd: ws }).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('Oficio 45/2025: se corrige en enero');
  });

  it('uses paths relative to the baseline file, so it works from another folder', () => {
    const ws = workspace({ 'notices/a.yaml': UNKNOWN_KEY });
    mkdirSync(join(ws, 'sub'));
    expect(runCli(['check', 'notices', '--write-baseline', 'ci/baseline.json'], { cwd: ws }).code).toBe(0);
    expect(readFileSync(join(ws, 'ci/baseline.json'), 'utf8')).toContain('"file": "../notices/a.yaml"');
    expect(runCli(['check', '../notices', '--baseline', '../ci/baseline.json'], { cwd: join(ws, 'sub') }).code).toBe(0);
    expect(runCli(['check', '../notices'], { cwd: join(ws, 'sub') }).code).toBe(1);
  });

  it('rejects a broken baseline with exit code 2 and a one-line message', () => {
    const ws = workspace({ 'notices/a.yaml': VALID, '.notice-baseline.json': '{"version": 1, "entries": [{"file": "x"}]}' });
    const r = runCli(['check'], { cwd: ws });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^notice: error de configuración: La línea base «\.notice-baseline\.json» no es válida: entries\[0\]/);
    writeFileSync(join(ws, '.notice-baseline.json'), '{ no es json');
    expect(runCli(['check'], { cwd: ws }).code).toBe(2);
  });
});

describe('baseline matching (pure)', () => {
  const f = (pointer: string, message: string): Diagnostic => ({ code: 'SCHEMA-REQUIRED', severity: 'error', message, file: 'n.yaml', pointer });
  it('tells apart findings that share code and pointer by their message, and counts the rest', () => {
    const before = [f('', 'Falta «Título» (title).'), f('', 'Falta «Fecha» (updated).')];
    const b = createBaseline(before, { reason: 'r', failOn: 'error' });
    // «Título» fixed, «Responsable» new: the new one is not hidden by the old entry.
    const now = [f('', 'Falta «Fecha» (updated).'), f('', 'Falta «Responsable» (controller).')];
    const applied = applyBaseline(now, b, new Set(['n.yaml']));
    expect(applied.diagnostics.map((d) => Boolean(d.suppressed))).toEqual([true, false]);
    expect(applied.stale.map((e) => e.message)).toEqual(['Falta «Título» (title).']);
    // Another language: messages are not comparable, so entries match by place and count.
    const en = [f('', 'updated is missing.'), f('', 'controller is missing.'), f('', 'x is missing.')];
    const loose = applyBaseline(en, b, new Set(['n.yaml']), undefined, true);
    expect(loose.diagnostics.map((d) => Boolean(d.suppressed))).toEqual([true, true, false]);
    // Line numbers inside messages do not matter.
    const lines = createBaseline([f('/a', 'Repetido en la línea 4.')], { reason: 'r', failOn: 'error' });
    expect(applyBaseline([f('/a', 'Repetido en la línea 9.')], lines, new Set()).diagnostics[0]!.suppressed).toBeDefined();
  });
});
