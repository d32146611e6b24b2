import type { RuleSetting } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * Applies the config's `rules:` severities to rule findings (matched by rule id or by code): `off`
 * drops them, any other value replaces the severity. Parser and schema findings are never touched.
 */
export function applyRuleOverrides(list: readonly Diagnostic[], overrides: Record<string, RuleSetting> | undefined): Diagnostic[] {
  if (!overrides || Object.keys(overrides).length === 0) return [...list];
  const out: Diagnostic[] = [];
  for (const d of list) {
    if (/^(YAML|SCHEMA|IO|CONFIG)-/.test(d.code)) {
      out.push(d);
      continue;
    }
    const setting = (d.rule !== undefined ? overrides[d.rule] : undefined) ?? overrides[d.code] ?? overrides[d.code.toLowerCase()];
    if (setting === 'off') continue;
    out.push(setting ? { ...d, severity: setting } : d);
  }
  return out;
}
