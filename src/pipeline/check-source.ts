import { makeDiagnostic } from '../diagnostics/catalogue/index.js';
import { dedupeDiagnostics, sortDiagnostics } from '../diagnostics/collect.js';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { docsUrlFor } from '../diagnostics/docs.js';
import type { Notice } from '../model/notice.js';
import { runNoticeRulesDetailed } from '../rules/run-rules.js';
import { selectRuleset, type Evaluation } from '../rules/select-ruleset.js';
import type { RulesetId, SeverityOverrides } from '../rules/types.js';
import { noticeSchema } from '../schema/load-schema.js';
import { translateAjvErrors } from '../schema/translate-ajv.js';
import { validateNoticeData } from '../schema/validator.js';
import { rangeForPointer } from '../source/locate.js';
import { parseYaml, type ParsedSource } from '../source/parse-yaml.js';

export interface CheckSourceOptions {
  lang: Lang;
  evaluation: Evaluation;
  /** User configuration: a severity per rule id, or 'off'. */
  overrides?: SeverityOverrides;
  /** Skip the legal rules (schema only). */
  rules?: boolean;
  /** The workspace's base URL (see NoticeOptions.baseUrl). */
  baseUrl?: string;
}

export interface CheckedSource {
  file: string;
  source: ParsedSource;
  /** The notice data when the document is a mapping (it may still have schema errors). */
  notice?: Notice;
  /** True when the notice passed the schema, so rules and emitters may rely on the model's types. */
  schemaValid: boolean;
  diagnostics: Diagnostic[];
  /** The ruleset the rules ran with (absent when rules did not run). */
  ruleset?: RulesetId;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const KIND: Record<'empty' | 'list' | 'scalar', Record<Lang, string>> = {
  empty: { es: 'un documento vacío', en: 'an empty document' },
  list: { es: 'una lista', en: 'a list' },
  scalar: { es: 'un valor suelto', en: 'a scalar' },
};

/** Parse, validate and lint one notice held in memory. Pure: no I/O, no clock. */
export function checkSource(file: string, text: string, options: CheckSourceOptions): CheckedSource {
  const { lang } = options;
  const source = parseYaml(file, text, lang);
  const diagnostics = [...source.diagnostics];
  if (source.data === undefined) return finish(file, source, undefined, false, diagnostics);
  if (!isMapping(source.data)) {
    const kind = source.data === null ? 'empty' : Array.isArray(source.data) ? 'list' : 'scalar';
    diagnostics.push(makeDiagnostic('YAML-NOT-MAPPING', lang, { detail: KIND[kind][lang] }, { file, range: rangeForPointer(source.tree, source.lineCounter, '') }));
    return finish(file, source, undefined, false, diagnostics);
  }
  const errors = validateNoticeData(source.data);
  // The schema's citations are 2025 article numbers: shown unless a historical audit applies 2017.
  const citeLaw = selectRuleset(options.evaluation).ruleset === 'lgpdppso-2025';
  for (const f of translateAjvErrors(errors, noticeSchema(), source.data, lang, citeLaw)) {
    diagnostics.push({
      code: f.code,
      severity: 'error',
      message: f.message,
      file,
      pointer: f.pointer,
      range: rangeForPointer(source.tree, source.lineCounter, f.pointer, f.target),
      ...(f.citation ? { citation: f.citation, confidence: 'VERIFIED' as const } : {}),
    });
  }
  const schemaValid = errors.length === 0;
  const notice = source.data as unknown as Notice;
  if (options.rules === false) return finish(file, source, notice, schemaValid, diagnostics);
  const ruled = runNoticeRulesDetailed({ file, notice, source, lang, schemaValid, evaluation: options.evaluation, overrides: options.overrides, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  diagnostics.push(...ruled.diagnostics);
  return { ...finish(file, source, notice, schemaValid, diagnostics), ruleset: ruled.ruleset };
}

function finish(file: string, source: ParsedSource, notice: Notice | undefined, schemaValid: boolean, diagnostics: Diagnostic[]): CheckedSource {
  return { file, source, notice, schemaValid, diagnostics: sortDiagnostics(dedupeDiagnostics(withDocsUrl(diagnostics))) };
}

/** Every diagnostic links to its page (docs/rules/<code>.md), derived from the code. */
export function withDocsUrl(list: Diagnostic[]): Diagnostic[] {
  for (const d of list) if (!d.docsUrl) d.docsUrl = docsUrlFor(d.code);
  return list;
}
