import type { Lang, Severity } from '../diagnostic.js';

export type Localized = Record<Lang, string>;

/**
 * One code the tool can emit that is not a legal rule (rules carry the same facts in their own
 * files): its default severity, title, message template (`{name}` placeholders) and the text of its
 * documentation page. Reporters, `notice explain` and docs/rules/<code>.md read this one place.
 */
export interface CodeEntry {
  severity: Severity;
  title: Localized;
  message: Localized;
  /** What the finding means (docs page, `notice explain`). */
  what: Localized;
  /** How to fix it. */
  fix: Localized;
  /**
   * A wording variant or message fragment of another code: findings carry that code, this entry
   * only documents the wording (e.g. SCHEMA-TYPE-EMPTY is a SCHEMA-TYPE finding).
   */
  variantOf?: string;
  /** Describes the run rather than the notice: reported, never counted by --fail-on or --max-warnings. */
  runNote?: boolean;
  /** Emitted outside the findings list (config errors print before any notice is read, exit 2). */
  fatal?: boolean;
}

/** Compact constructor: es/en pairs in reading order. */
export function entry(
  severity: Severity,
  title: [string, string],
  message: [string, string],
  what: [string, string],
  fix: [string, string],
  extra: Pick<CodeEntry, 'variantOf' | 'runNote' | 'fatal'> = {},
): CodeEntry {
  const l = ([es, en]: [string, string]): Localized => ({ es, en });
  return { severity, title: l(title), message: l(message), what: l(what), fix: l(fix), ...extra };
}
