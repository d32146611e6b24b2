import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';
import { catalogueMessage, type CatalogueCode } from '../diagnostics/catalogue/index.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { yamlMessage } from './yaml-messages.js';

export interface ParsedSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain data, or undefined when the YAML could not be turned into data. */
  data: unknown;
  diagnostics: Diagnostic[];
}

function rangeOf(lc: LineCounter, start: number, end: number): Range {
  const s = lc.linePos(start);
  const e = lc.linePos(Math.max(start, end));
  return { start: { line: s.line, column: s.col }, end: { line: e.line, column: e.col } };
}

function yamlCode(err: YAMLError): CatalogueCode {
  if (err.code === 'DUPLICATE_KEY') return 'YAML-DUPLICATE-KEY';
  if (err.code === 'MULTIPLE_DOCS') return 'YAML-MULTIPLE-DOCUMENTS';
  return 'YAML-SYNTAX';
}

/** Parses YAML keeping positions; syntax problems become diagnostics, never exceptions. */
export function parseYaml(file: string, text: string, lang: Lang = 'es'): ParsedSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  for (const err of [...doc.errors, ...doc.warnings]) {
    const code = yamlCode(err);
    const raw = err.message.split('\n')[0] ?? err.message;
    diagnostics.push({
      code,
      severity: doc.errors.includes(err) ? 'error' : 'warning',
      message: catalogueMessage(code, lang, { detail: yamlMessage(err.code, raw.replace(/ at line \d+, column \d+:?$/, ''), lang) }),
      file,
      pointer: '',
      range: rangeOf(lineCounter, err.pos[0], err.pos[1]),
    });
  }
  let data: unknown;
  if (doc.errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      // yaml throws a plain ReferenceError without position for alias bombs.
      diagnostics.push({
        code: 'YAML-ALIAS-LIMIT',
        severity: 'error',
        message: catalogueMessage('YAML-ALIAS-LIMIT', lang, { detail: (e as Error).message }),
        file,
        pointer: '',
        range: rangeOf(lineCounter, 0, 0),
      });
    }
  }
  return { file, text, doc, lineCounter, data, diagnostics };
}
