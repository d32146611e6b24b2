import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { ReportInput } from '../../src/report/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/ci/', import.meta.url));
export const VALID = readFileSync(join(FIXTURES, 'valid.yaml'), 'utf8');

/** A temporary workspace holding the given files (path -> contents). */
export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'notice-ci-'));
  for (const [path, text] of Object.entries(files)) {
    const abs = join(dir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return dir;
}

/** Only a warning (arco-procedure-incomplete): the identity requirement is missing. */
export const WARNING_ONLY = VALID.replace(/^  identity: .*\n/m, '');
/** The warning of WARNING_ONLY, suppressed inline with a reason. */
export const SUPPRESSED_INLINE = WARNING_ONLY + 'suppressions:\n  - rule: arco-procedure-incomplete\n    reason: La identificación se explica en el formato de solicitud.\n';
/** Only an extra info finding (portability-info-missing). */
export const INFO_ONLY = VALID.replace(', portability]', ']').replace(', oposición y portabilidad', ' y oposición');

/** The valid notice with its controller name removed: one SCHEMA-REQUIRED-LAW error at a known place. */
export const MISSING_CONTROLLER_NAME = VALID.replace('  name: Instituto de Prueba\n', '');
/** The valid notice with an unknown key: one SCHEMA-UNKNOWN-PROPERTY error. */
export const UNKNOWN_KEY = VALID.replace('changes:\n', 'cambios: x\nchanges:\n');

const require = createRequire(import.meta.url);

/** Path of Microsoft's SARIF multitool binary (from the optional platform package). */
export function multitoolPath(): string {
  const bin = require.resolve('@microsoft/sarif-multitool-linux/Sarif.Multitool');
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    // npm here refuses install scripts; the package's own postinstall only does this chmod.
    chmodSync(bin, 0o755);
  }
  return bin;
}

export function sarifSchemaPath(): string {
  return require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
}

export interface ValidatorFinding {
  level: string;
  ruleId: string;
  message: string;
  file: string;
}

/**
 * Runs `Sarif.Multitool validate` on files and returns every finding it reports at any level:
 * the SARIF rules (SARIF1xxx/2xxx) and, with `Ghas`, the GitHub code scanning ingestion rules
 * (GH1xxx: required properties such as `artifactLocation.uri`), which `validate` skips by default.
 */
export function sarifValidate(files: string[], ruleKinds = 'Sarif;Ghas'): { code: number; findings: ValidatorFinding[]; stdout: string } {
  const out = join(mkdtempSync(join(tmpdir(), 'sarif-validate-')), 'validation.sarif');
  // Invariant globalization: the self-contained .NET binary then needs no libicu on the machine.
  const env = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
  const r = spawnSync(multitoolPath(), ['validate', '--rule-kind', ruleKinds, '--level', 'Error;Warning;Note', '-o', out, ...files], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`multitool failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: { level?: string; ruleId: string; message: { text?: string; id?: string; arguments?: string[] }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[] };
  const findings = (log.runs[0]?.results ?? []).map((res) => ({
    level: res.level ?? 'warning',
    ruleId: res.ruleId,
    message: res.message.text ?? `${res.message.id}: ${(res.message.arguments ?? []).join(' | ')}`,
    file: res.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '',
  }));
  return { code: r.status ?? -1, findings, stdout: r.stdout };
}

export function input(diagnostics: Diagnostic[], extra: Partial<ReportInput> = {}): ReportInput {
  const files = [...new Set(diagnostics.map((d) => d.file))].sort();
  return { diagnostics, sources: new Map(), files, lang: 'es', color: false, toolVersion: '0.0.0-test', ...extra };
}
