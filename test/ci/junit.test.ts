import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { junitReporter } from '../../src/report/junit.js';
import { runCli } from '../helpers/cli.js';
import { input, MISSING_CONTROLLER_NAME, UNKNOWN_KEY, VALID, workspace } from './helpers.js';
import { RUN_NOTE, SYNTHETIC } from './synthetic.js';

type Node = Record<string, unknown>;
const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function parse(xml: string): { root: Node; suites: Node[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: false }).parse(xml) as Node;
  const root = doc.testsuites as Node;
  return { root, suites: asList(root.testsuite as Node | Node[]) };
}

function cases(suite: Node): Node[] {
  return asList(suite.testcase as Node | Node[]);
}

describe('JUnit XML output', () => {
  it('is a valid report with one passing case per notice when there are no findings', () => {
    const xml = junitReporter(input([], { files: ['notices/a.yaml', 'notices/b.yaml'] }));
    const { root, suites } = parse(xml);
    expect(root['@tests']).toBe('2');
    expect(root['@failures']).toBe('0');
    expect(suites.map((s) => s['@name'])).toEqual(['notices/a.yaml', 'notices/b.yaml']);
    expect(cases(suites[0]!)[0]!.failure).toBeUndefined();
  });

  it('still parses with zero notices', () => {
    const { root, suites } = parse(junitReporter(input([])));
    expect(root['@tests']).toBe('0');
    expect(suites).toEqual([]);
  });

  it('has one case per notice and rule, failures at the threshold, skips for suppressed findings', () => {
    const xml = junitReporter(input([...SYNTHETIC, RUN_NOTE]));
    const { root, suites } = parse(xml);
    const all = suites.flatMap(cases);
    // b.yaml: NEGATIVA-MISSING (suppressed only), TRANSFER-PURPOSE, portability-info-missing (no
    // case for the RULESET-SELECTED run note); c.yaml: 1; señal: 1.
    expect(all.map((c) => `${c['@classname']} ${c['@name']}`)).toEqual([
      'avisos/b.yaml NEGATIVA-MISSING',
      'avisos/b.yaml TRANSFER-PURPOSE',
      'avisos/b.yaml portability-info-missing',
      'avisos/c.yaml SCHEMA-REQUIRED-LAW',
      'avisos/señal con espacio.yaml NEGATIVA-MISSING',
    ]);
    const failed = all.filter((c) => c.failure !== undefined);
    const skipped = all.filter((c) => c.skipped !== undefined);
    expect(root['@tests']).toBe(String(all.length));
    expect(root['@failures']).toBe(String(failed.length));
    expect(root['@skipped']).toBe(String(skipped.length));
    expect(failed.map((c) => c['@name'])).toEqual(['NEGATIVA-MISSING']);
    expect(skipped).toHaveLength(2);
    const failure = failed[0]!.failure as Node;
    expect(failure['#text']).toContain('(LGPDPPSO 2025, art. 21, fr. IV, último párrafo)');
    expect(failure['#text']).toContain('100% obligatorio');

    const warn = parse(junitReporter(input(SYNTHETIC, { failOn: 'warning' })));
    expect(warn.root['@failures']).toBe('2');
    // The RULESET-SELECTED run note never fails, not even with --fail-on info.
    const info = parse(junitReporter(input([...SYNTHETIC, RUN_NOTE], { failOn: 'info' })));
    expect(info.root['@failures']).toBe('3');
    for (const s of [...warn.suites, ...info.suites]) {
      expect(s['@failures']).toBe(String(cases(s).filter((c) => c.failure !== undefined).length));
    }
  });

  it('lists every rule that ran as a case when the rule metadata is known', () => {
    const rules = [{ id: 'A-RULE', title: { es: 'A', en: 'A' } }, { id: 'B-RULE', title: { es: 'B', en: 'B' } }];
    const { root, suites } = parse(junitReporter(input([], { files: ['n.yaml'], rules })));
    expect(root['@tests']).toBe('2');
    expect(cases(suites[0]!).map((c) => c['@name'])).toEqual(['A-RULE', 'B-RULE']);
    const broken = { code: 'YAML-SYNTAX', severity: 'error' as const, message: 'x', file: 'roto.yaml', pointer: '' };
    const perFile = parse(junitReporter(input([broken], { files: ['n.yaml', 'roto.yaml'], rules, rulesByFile: new Map([['n.yaml', ['A-RULE']]]) })));
    expect(perFile.suites.map((s) => cases(s).map((c) => c['@name']))).toEqual([['A-RULE'], ['YAML-SYNTAX']]);
  });

  it('matches the findings of a real run, counted per notice', () => {
    const ws = workspace({ 'notices/ok.yaml': VALID, 'notices/a.yaml': MISSING_CONTROLLER_NAME, 'notices/b.yaml': UNKNOWN_KEY });
    const r = runCli(['check', '-f', 'junit', '-f', 'json', '-o', 'report.json'], { cwd: ws });
    expect(r.code).toBe(1);
    const { root, suites } = parse(r.stdout);
    expect(suites.map((s) => s['@name'])).toEqual(['notices/a.yaml', 'notices/b.yaml', 'notices/ok.yaml']);
    const report = JSON.parse(readFileSync(join(ws, 'report.json'), 'utf8')) as { diagnostics: { file: string; code: string; severity: string }[] };
    // Every rule of the ruleset is a case in every notice, plus one case per other code found.
    const ok = cases(suites[2]!);
    expect(ok.length).toBeGreaterThan(20);
    expect(ok.filter((c) => c.failure !== undefined)).toEqual([]);
    expect(ok.map((c) => c['@name'])).toContain('refusal-mechanism-missing');
    for (const s of suites) {
      const failing = new Set(report.diagnostics.filter((d) => d.file === s['@name'] && d.severity === 'error').map((d) => d.code));
      expect(cases(s).filter((c) => c.failure !== undefined).map((c) => c['@name'])).toEqual([...failing].sort());
      expect(s['@tests']).toBe(String(cases(s).length));
    }
    expect(root['@failures']).toBe('2');
    expect(root['@tests']).toBe(String(suites.reduce((n, s) => n + cases(s).length, 0)));
  });
});
