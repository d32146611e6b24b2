import type { Diagnostic, Lang } from '../diagnostics/diagnostic.js';
import { dedupeDiagnostics, sortDiagnostics } from '../diagnostics/collect.js';
import { message } from '../i18n/messages.js';
import type { Notice } from '../model/notice.js';
import { rangeForPointer } from '../source/locate.js';
import { parseYaml, type ParsedSource } from '../source/parse-yaml.js';
import { noticeSchema } from '../schema/load-schema.js';
import { translateAjvErrors } from '../schema/translate-ajv.js';
import { validateNoticeData } from '../schema/validator.js';
import { docsUrlFor } from '../diagnostics/docs.js';
import { runNoticeRulesDetailed } from '../rules/run-rules.js';
import type { RulesetId, SeverityOverrides } from '../rules/types.js';

export interface CheckOptions {
  lang?: Lang;
  /** Today's date (YYYY-MM-DD) for date rules; tests pin it. */
  today?: string;
  /** User configuration: a severity per rule id, or 'off'. */
  overrides?: SeverityOverrides;
  /** Force a ruleset instead of detecting it from the notice's `law` or date. */
  ruleset?: RulesetId;
  /** Skip the legal rules (schema only). */
  rules?: boolean;
}

export interface CheckedNotice {
  file: string;
  source: ParsedSource;
  /** The notice data when the document is a mapping (it may still have schema errors). */
  notice?: Notice;
  /** True when the notice passed the schema, so emitters may rely on the model's types. */
  schemaValid: boolean;
  diagnostics: Diagnostic[];
  /** The ruleset the rules ran with (absent when rules did not run). */
  ruleset?: RulesetId;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parse, validate and lint one notice held in memory. Pure: no I/O. */
export function checkSource(file: string, text: string, options: CheckOptions = {}): CheckedNotice {
  const lang = options.lang ?? 'es';
  const source = parseYaml(file, text, lang);
  const diagnostics = [...source.diagnostics];
  if (source.data === undefined) return finish(file, source, undefined, false, diagnostics);
  if (!isMapping(source.data)) {
    const kind = source.data === null ? (lang === 'es' ? 'un documento vacío' : 'an empty document') : Array.isArray(source.data) ? (lang === 'es' ? 'una lista' : 'a list') : (lang === 'es' ? 'un valor suelto' : 'a scalar');
    diagnostics.push({
      code: 'YAML-NOT-MAPPING',
      severity: 'error',
      message: message('YAML-NOT-MAPPING', lang, { detail: kind }),
      file,
      pointer: '',
      range: rangeForPointer(source.doc, source.lineCounter, ''),
    });
    return finish(file, source, undefined, false, diagnostics);
  }
  const citeLaw = source.data.law !== 'LGPDPPSO-2017';
  const errors = validateNoticeData(source.data);
  for (const f of translateAjvErrors(errors, noticeSchema(), source.data, lang, citeLaw)) {
    diagnostics.push({
      code: f.code,
      severity: 'error',
      message: f.message,
      file,
      pointer: f.pointer,
      range: rangeForPointer(source.doc, source.lineCounter, f.pointer, f.target),
      ...(f.citation ? { citation: f.citation, confidence: 'VERIFIED' as const } : {}),
    });
  }
  const notice = source.data as unknown as Notice;
  if (options.rules === false) return finish(file, source, notice, errors.length === 0, diagnostics);
  const ruled = runNoticeRulesDetailed({
    file,
    notice,
    source,
    lang,
    schemaValid: errors.length === 0,
    today: options.today,
    overrides: options.overrides,
    ruleset: options.ruleset,
  });
  diagnostics.push(...ruled.diagnostics);
  return { ...finish(file, source, notice, errors.length === 0, diagnostics), ruleset: ruled.ruleset };
}

function finish(file: string, source: ParsedSource, notice: Notice | undefined, schemaValid: boolean, diagnostics: Diagnostic[]): CheckedNotice {
  return { file, source, notice, schemaValid, diagnostics: sortDiagnostics(dedupeDiagnostics(withDocsUrl(diagnostics))) };
}

/** Every diagnostic links to its page (docs/rules/<code>.md), derived from the code. */
export function withDocsUrl(list: Diagnostic[]): Diagnostic[] {
  for (const d of list) if (!d.docsUrl) d.docsUrl = docsUrlFor(d.code);
  return list;
}
