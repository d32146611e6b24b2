import type { Lang } from '../../src/diagnostics/diagnostic.js';
import { checkSource as check, type CheckedSource } from '../../src/pipeline/check-source.js';
import type { SeverityOverrides } from '../../src/rules/types.js';

/** The "today" of every test run unless a test says otherwise: date rules stay deterministic. */
export const TEST_TODAY = '2025-11-23';

export interface TestCheckOptions {
  lang?: Lang;
  today?: string;
  asOf?: string;
  overrides?: SeverityOverrides;
  rules?: boolean;
  /** The workspace's base URL (notice.config.yaml `baseUrl`). */
  baseUrl?: string;
}

/** checkSource with test defaults: Spanish, a fixed today, no historical audit. */
export function checkSource(file: string, text: string, o: TestCheckOptions = {}): CheckedSource {
  return check(file, text, {
    lang: o.lang ?? 'es',
    evaluation: { today: o.today ?? TEST_TODAY, ...(o.asOf ? { asOf: o.asOf } : {}) },
    ...(o.overrides ? { overrides: o.overrides } : {}),
    ...(o.rules === false ? { rules: false } : {}),
    ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}),
  });
}

/** Several notices through the one runner (as check and build run them), no cache, in process. */
export async function checkWorkspace(inputs: { file: string; text: string }[], o: TestCheckOptions = {}) {
  const { runNotices } = await import('../../src/pipeline/run.js');
  const { getRule } = await import('../../src/rules/registry.js');
  const run = await runNotices({
    sources: inputs,
    options: { lang: o.lang ?? 'es', evaluation: { today: o.today ?? TEST_TODAY, ...(o.asOf ? { asOf: o.asOf } : {}) }, ...(o.overrides ? { rules: o.overrides } : {}) },
    toolVersion: 'test',
    jobs: 1,
  });
  const workspace = run.diagnostics.filter((d) => d.rule !== undefined && getRule(d.rule)?.checkWorkspace !== undefined);
  return { ...run, workspace };
}
