import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { sarifReporter } from '../../src/report/sarif.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { input, MISSING_CONTROLLER_NAME, sarifSchemaPath, sarifValidate, SUPPRESSED_INLINE, UNKNOWN_KEY, VALID, WARNING_ONLY, workspace, type ValidatorFinding } from './helpers.js';
import { RUN_NOTE, SYNTHETIC } from './synthetic.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => Ajv2020;

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; name: string; helpUri?: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; properties: Record<string, unknown> }[] } };
    artifacts: { location: { uri: string; uriBaseId: string } }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level?: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string; index: number }; region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number } } }[];
      partialFingerprints?: Record<string, string>;
      suppressions?: { kind: string; justification: string }[];
      properties?: { rule?: string };
    }[];
  }[];
}

const dir = mkdtempSync(join(tmpdir(), 'notice-sarif-'));
const files: Record<string, string> = {};
let validation: ValidatorFinding[] = [];

function cliSarif(name: string, ws: string, args: string[], expectedCode: number | 'findings'): void {
  const out = join(dir, `${name}.sarif`);
  const r = runCli(['check', ...args, '-f', `sarif:${out}`], { cwd: ws });
  if (expectedCode === 'findings') expect(r.code, r.stderr).toBeLessThan(2);
  else expect(r.code, r.stderr).toBe(expectedCode);
  files[name] = out;
}

beforeAll(() => {
  const synthetic = join(dir, 'synthetic.sarif');
  const sources = new Map([['avisos/b.yaml', Array.from({ length: 45 }, (_, i) => `linea${i + 1}: valor`).join('\n') + '\n']]);
  writeFileSync(
    synthetic,
    sarifReporter(
      input([...SYNTHETIC, RUN_NOTE], {
        sources,
        files: ['avisos/a-limpio.yaml', 'avisos/b.yaml', 'avisos/c.yaml', 'avisos/señal con espacio.yaml'],
        rules: [
          { id: 'NEGATIVA-MISSING', title: { es: 'Falta el mecanismo de negativa', en: 'Missing refusal mechanism' }, description: { es: 'El aviso debe indicar cómo negarse a las finalidades secundarias.', en: 'The notice must say how to refuse secondary purposes.' }, citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'IV' }, confidence: 'VERIFIED', defaultSeverity: 'error', docsUrl: 'https://github.com/notice-avisos/notice/blob/main/docs/rules/negativa-missing.md' },
          { id: 'UNUSED-RULE', title: { es: 'Regla sin hallazgos', en: 'Rule without findings' }, defaultSeverity: 'warning' },
        ],
      }),
    ),
  );
  files.synthetic = synthetic;
  writeFileSync(join(dir, 'empty.sarif'), sarifReporter(input([])));
  files.empty = join(dir, 'empty.sarif');

  const ws = workspace({
    'notices/valido.yaml': VALID,
    'notices/sin nombre ñ.yaml': MISSING_CONTROLLER_NAME,
    'notices/clave.yaml': UNKNOWN_KEY,
    'notices/roto.yaml': 'id: x\ntitle: [sin cerrar\n',
    'notices/silenciado.yaml': SUPPRESSED_INLINE,
    'notices/advertencia.yaml': WARNING_ONLY,
  });
  cliSarif('cli-es', ws, [], 1);
  cliSarif('cli-en', ws, ['--lang', 'en'], 1);
  expect(runCli(['check', '--write-baseline'], { cwd: ws }).code).toBe(0);
  cliSarif('cli-baselined', ws, [], 0);

  // The repository's own notices (the real seed notices, with their real findings), when present.
  if (existsSync(join(ROOT, 'notices'))) cliSarif('cli-repo-notices', ROOT, ['notices', '--no-baseline'], 'findings');

  // A control the GitHub ingestion rules must reject (a result location without `uri`), so a
  // clean validation below means those rules ran, not that they were skipped.
  const control = JSON.parse(readFileSync(synthetic, 'utf8')) as SarifLog;
  const art = control.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation as { uri?: string; uriBaseId?: string };
  delete art.uri;
  delete art.uriBaseId;
  const controlFile = join(dir, 'ghas-control.sarif');
  writeFileSync(controlFile, JSON.stringify(control));

  validation = sarifValidate([...Object.values(files), controlFile]).findings;
  // Several CLI runs and the .NET validator: generous on a loaded 2-core machine.
}, 300_000);

describe('SARIF 2.1.0 output', () => {
  it("passes Microsoft's SARIF multitool validator, GitHub ingestion rules included, with no error and no warning", () => {
    const isControl = (f: ValidatorFinding) => f.file.endsWith('/ghas-control.sarif');
    // The control proves the GitHub rules (GH1xxx) ran: a location without uri is an error there.
    expect(validation.some((f) => isControl(f) && f.ruleId === 'GH1017' && f.level === 'error')).toBe(true);
    const ours = validation.filter((f) => !isControl(f));
    const serious = ours.filter((f) => f.level === 'error' || f.level === 'warning');
    expect(serious).toEqual([]);
    // Notes are style advice (snippets, rule-id format, unreachable URIs offline); print them for the record.
    console.info(`sarif-multitool: ${Object.keys(files).length} files, ${ours.filter((f) => f.level === 'error').length} errors, ${ours.filter((f) => f.level === 'warning').length} warnings, ${ours.filter((f) => f.level === 'note').length} notes`);
  });

  it('validates against the SARIF 2.1.0 JSON schema shipped with the multitool (ajv)', () => {
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
    const validate = ajv.compile(JSON.parse(readFileSync(sarifSchemaPath(), 'utf8')) as object);
    for (const [name, file] of Object.entries(files)) {
      const ok = validate(JSON.parse(readFileSync(file, 'utf8')));
      expect({ name, errors: validate.errors ?? [] }).toEqual({ name, errors: [] });
      expect(ok).toBe(true);
    }
  });

  it('uses workspace-relative URIs under %SRCROOT% and 1-based positions', () => {
    const log = JSON.parse(readFileSync(files['cli-es']!, 'utf8')) as SarifLog;
    const run = log.runs[0]!;
    expect(run.artifacts.map((a) => a.location.uri)).toEqual(['notices/advertencia.yaml', 'notices/clave.yaml', 'notices/roto.yaml', 'notices/silenciado.yaml', 'notices/sin%20nombre%20%C3%B1.yaml', 'notices/valido.yaml']);
    expect(run.results.some((x) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'notices/sin%20nombre%20%C3%B1.yaml')).toBe(true);
    for (const res of run.results) {
      const loc = res.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(loc.artifactLocation.uri).not.toMatch(/^\/|^file:/);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
      // Each file once in artifacts (hash, length); results name it by the same relative URI.
      expect(run.artifacts.some((a) => a.location.uri === loc.artifactLocation.uri)).toBe(true);
      expect(run.tool.driver.rules.some((r) => r.id === res.ruleId)).toBe(true);
    }
    const unknown = run.results.find((x) => x.ruleId === 'SCHEMA-UNKNOWN-PROPERTY')!;
    const line = VALID.split('\n').indexOf('changes:') + 1;
    expect(unknown.locations[0]!.physicalLocation.region).toEqual({ startLine: line, startColumn: 1, endColumn: 8 });
  });

  it('describes each rule in the run\'s language (both kept in its properties), with help text, citation and helpUri', () => {
    const log = JSON.parse(readFileSync(files.synthetic!, 'utf8')) as SarifLog;
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['NEGATIVA-MISSING', 'SCHEMA-REQUIRED-LAW', 'TRANSFER-PURPOSE', 'UNUSED-RULE', 'portability-info-missing']);
    const neg = rules[0]!;
    expect(neg.shortDescription.text).toBe('Falta el mecanismo de negativa.');
    expect(neg.fullDescription.text).not.toContain('The notice must say');
    expect(neg.help.text).toContain('Fundamento: LGPDPPSO 2025, art. 21, fr. IV.');
    expect(neg.help.text).not.toContain('Legal basis');
    expect(neg.helpUri).toBe('https://github.com/notice-avisos/notice/blob/main/docs/rules/negativa-missing.md');
    expect(neg.properties).toMatchObject({ title: { es: 'Falta el mecanismo de negativa', en: 'Missing refusal mechanism' }, citation: { law: 'LGPDPPSO-2025', article: 21, fraction: 'IV' }, confidence: 'VERIFIED' });
    for (const r of rules) expect(r.helpUri).toMatch(/^https:\/\//);
  });

  it('keeps suppressed findings with inSource / external suppressions, and citations', () => {
    const results = (JSON.parse(readFileSync(files.synthetic!, 'utf8')) as SarifLog).runs[0]!.results;
    // The RULESET-SELECTED run note is not a result (one per notice would flood code scanning).
    expect(results).toHaveLength(SYNTHETIC.length);
    expect(results.map((x) => x.ruleId)).not.toContain('RULESET-SELECTED');
    const kinds = results.map((x) => x.suppressions?.[0]?.kind ?? null);
    expect(kinds).toEqual([null, null, null, 'inSource', 'external']);
    expect(results[3]!.suppressions![0]!.justification).toBe('Se publica en el portal, ver oficio 123/2025.');
    // A result's level is said only when it differs from its rule's default level.
    const rules = (JSON.parse(readFileSync(files.synthetic!, 'utf8')) as SarifLog).runs[0]!.tool.driver.rules as { id: string; defaultConfiguration?: { level: string } }[];
    const levelOf = (x: (typeof results)[number]) => x.level ?? rules.find((r) => r.id === x.ruleId)?.defaultConfiguration?.level ?? 'warning';
    expect(results.map(levelOf)).toEqual(['error', 'warning', 'note', 'error', 'error']);
    // The citation is said once, in the rule; a finding citing something else says it in its message.
    expect(results[0]!.properties).toBeUndefined();
    expect(results[0]!.message.text).toContain('(LGPDPPSO 2025, art. 21, fr. IV, último párrafo)');
    const real = (JSON.parse(readFileSync(files['cli-es']!, 'utf8')) as SarifLog).runs[0]!.results;
    const inline = real.filter((x) => x.suppressions);
    expect(inline.map((x) => [x.ruleId, x.suppressions![0]!.kind, x.suppressions![0]!.justification])).toEqual([['arco-procedure-incomplete', 'inSource', 'La identificación se explica en el formato de solicitud.']]);
    expect(real.find((x) => x.ruleId === 'arco-procedure-incomplete' && !x.suppressions)!.level ?? 'warning').toBe('warning');
    const baselined = (JSON.parse(readFileSync(files['cli-baselined']!, 'utf8')) as SarifLog).runs[0]!.results;
    expect(baselined.length).toBeGreaterThan(0);
    const kindsAfterBaseline = baselined.filter((x) => x.level !== 'note').map((x) => x.suppressions?.[0]?.kind);
    expect(kindsAfterBaseline.filter((k) => k === 'inSource')).toHaveLength(1);
    expect(kindsAfterBaseline.filter((k) => k !== 'inSource').every((k) => k === 'external')).toBe(true);
  });

  it('says each thing once: no snippets, no per-result citation text, compact JSON', () => {
    const text = readFileSync(files['cli-es']!, 'utf8');
    expect(text).not.toMatch(/"snippet"|"logicalLocations"|"ruleIndex"/);
    expect(text.split('\n')).toHaveLength(2);
    const run = (JSON.parse(text) as SarifLog).runs[0]!;
    expect(run.tool.driver.rules.length).toBe(new Set(run.tool.driver.rules.map((r) => r.id)).size);
  });

  it('gives each result only what it needs (what GitHub requires, and no default repeated)', () => {
    // Size at scale is per result (1,000 notices give about 24,000 results), so every key here is
    // weighed: see docs/ci.md#sarif. A new key needs a reason and a line in this list.
    const resultKeys = new Set(['ruleId', 'level', 'message', 'locations', 'suppressions', 'properties']);
    let singleLine = 0;
    let multiLine = 0;
    for (const [name, file] of Object.entries(files)) {
      const run = (JSON.parse(readFileSync(file, 'utf8')) as SarifLog).runs[0]!;
      const rules = run.tool.driver.rules as { id: string; defaultConfiguration?: { level: string } }[];
      for (const res of run.results) {
        const where = `${name}: ${res.ruleId}`;
        expect(Object.keys(res).filter((k) => !resultKeys.has(k)), where).toEqual([]);
        // What code scanning uses: ruleId (alerts by rule), message.text (the alert's title), and
        // the first location's artifactLocation.uri and region (where the alert is shown).
        expect(res.ruleId, where).toBeTruthy();
        expect(res.message.text, where).toBeTruthy();
        expect(Object.keys(res.message), where).toEqual(['text']);
        expect(res.locations, where).toHaveLength(1);
        const loc = res.locations[0]!.physicalLocation;
        expect(Object.keys(loc).sort(), where).toEqual(['artifactLocation', 'region']);
        expect(Object.keys(loc.artifactLocation).sort(), where).toEqual(['uri', 'uriBaseId']);
        // SARIF 2.1.0 §3.27.10: an absent level is the rule's defaultConfiguration.level.
        const ruleLevel = rules.find((r) => r.id === res.ruleId)?.defaultConfiguration?.level ?? 'warning';
        if (res.level !== undefined) expect(res.level, where).not.toBe(ruleLevel);
        // §3.30.7: an absent endLine is startLine, so it is written only for a region over several lines.
        const { startLine, startColumn, endLine, endColumn } = loc.region;
        if (endLine === undefined) singleLine++;
        else {
          expect(endLine, where).toBeGreaterThan(startLine);
          multiLine++;
        }
        // startColumn is always written; endColumn whenever the finding has an extent.
        expect(startColumn, where).toBeGreaterThanOrEqual(1);
        if (endColumn !== undefined && endLine === undefined) expect(endColumn, where).toBeGreaterThan(startColumn);
        // No fingerprint of ours: code scanning computes and uses only primaryLocationLineHash.
        expect(res.partialFingerprints, where).toBeUndefined();
      }
    }
    // Both shapes occur, so the checks above are not vacuous.
    expect(singleLine).toBeGreaterThan(0);
    expect(multiLine).toBeGreaterThan(0);
  });

  it('is byte-stable: the same input gives the same bytes', () => {
    const a = sarifReporter(input(SYNTHETIC));
    const b = sarifReporter(input([...SYNTHETIC]));
    expect(a).toBe(b);
    expect(a).not.toMatch(/"(startTimeUtc|endTimeUtc|timestamp)"/);
  });
});
