import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';
import { catalogueMessage, type CatalogueCode } from '../diagnostics/catalogue/index.js';
import type { Lang } from '../diagnostics/diagnostic.js';
import { guardDocument } from './guard.js';
import { LIMITS, PRESCAN_DEPTH, PRESCAN_NODES } from './limits.js';
import { prescan } from './prescan.js';
import { readBlockYaml } from './block-yaml.js';
import { fromYamlNode, type SourceNode } from './tree.js';
import { yamlMessage } from './yaml-messages.js';

export interface ParsedSource {
  file: string;
  text: string;
  /** Where each value sits in the text; undefined when the text could not be read. */
  tree: SourceNode | undefined;
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

/** Tag problems yaml reports as warnings: a notice refuses them (the value would be read as a plain text). */
const TAG_WARNINGS = new Set(['TAG_RESOLVE_FAILED', 'BAD_COLLECTION_TYPE']);

function yamlCode(err: YAMLError): CatalogueCode {
  if (err.code === 'DUPLICATE_KEY') return 'YAML-DUPLICATE-KEY';
  if (err.code === 'MULTIPLE_DOCS') return 'YAML-MULTIPLE-DOCUMENTS';
  return 'YAML-SYNTAX';
}

const ALIAS_DETAIL: Record<Lang, (limit: number) => string> = {
  es: (n) => `más de ${n} alias o valores repetidos por alias`,
  en: (n) => `more than ${n} aliases or values repeated through aliases`,
};

const DUPLICATE_DETAIL: Record<Lang, (key: string) => string> = {
  es: (k) => `«${k}»`,
  en: (k) => `"${k}"`,
};

/**
 * Parses YAML keeping positions; syntax problems become diagnostics, never exceptions. A file over
 * a documented limit (source/limits.ts) is refused with one positioned error and no data, before
 * the expensive steps: by size before parsing, by an estimate of its nesting before the parser
 * (which slows down quadratically with depth), by the exact limits on the parsed document before
 * it becomes data.
 */
export function parseYaml(file: string, text: string, lang: Lang = 'es'): ParsedSource {
  // Plain block YAML, as notices are written, is read by the fast reader; anything else by yaml
  // (the fast reader declines whatever the size check and the pre-scan below would refuse).
  const fast = readBlockYaml(text);
  if (fast) return { file, text, tree: fast.tree, lineCounter: fast.lineCounter, data: fast.data, diagnostics: [] };
  return parseWithYaml(file, text, lang);
}

/** The reader of record: yaml's parser, its errors, the guard, and the data. */
export function parseWithYaml(file: string, text: string, lang: Lang = 'es'): ParsedSource {
  const diagnostics: Diagnostic[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.fileBytes) return refused(file, text, lang, 'LIMIT-FILE-SIZE', { size: bytes, limit: LIMITS.fileBytes }, 0);
  const excess = prescan(text, { depth: PRESCAN_DEPTH, nodes: PRESCAN_NODES });
  if (excess?.kind === 'depth') return refused(file, text, lang, 'LIMIT-DEPTH', { limit: LIMITS.depth }, excess.offset);
  if (excess?.kind === 'nodes') return refused(file, text, lang, 'LIMIT-NODES', { limit: LIMITS.nodes }, excess.offset);

  const lineCounter = new LineCounter();
  // resolveKnownTags: false, so !!binary, !!set, !!timestamp… are unresolved tags like any other;
  // the guard reports every tag (and, in linear time, duplicate keys: yaml's check is quadratic).
  // logLevel 'error': yaml would otherwise print Node warnings (a collection used as a key) to stderr;
  // the schema reports such a key as unknown.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, resolveKnownTags: false, logLevel: 'error' });
  for (const err of [...doc.errors, ...doc.warnings.filter((w) => !TAG_WARNINGS.has(w.code))]) {
    const code = yamlCode(err);
    const raw = err.message.split('\n')[0] ?? err.message;
    const detail = raw.replace(/ at line \d+, column \d+:?$/, '');
    diagnostics.push({
      code,
      severity: doc.errors.includes(err) ? 'error' : 'warning',
      message: catalogueMessage(code, lang, { detail: yamlMessage(err.code, detail, lang) }),
      file,
      pointer: '',
      range: rangeOf(lineCounter, err.pos[0], err.pos[1]),
    });
  }
  let data: unknown;
  if (doc.errors.length === 0) {
    const guard = guardDocument(doc);
    for (const f of guard.findings) {
      const data = f.code === 'YAML-ALIAS-LIMIT' ? { detail: ALIAS_DETAIL[lang](LIMITS.aliases) } : f.code === 'YAML-DUPLICATE-KEY' ? { detail: DUPLICATE_DETAIL[lang](String(f.data.key)) } : f.data;
      diagnostics.push({ code: f.code, severity: 'error', message: catalogueMessage(f.code, lang, data), file, pointer: f.pointer, range: rangeOf(lineCounter, f.offsets[0], f.offsets[1]) });
    }
    // Over a limit, or with a repeated key (which value would count?): no data.
    if (!guard.findings.some((f) => f.fatal || f.code === 'YAML-DUPLICATE-KEY')) {
      try {
        data = doc.toJS({ maxAliasCount: LIMITS.aliases });
      } catch {
        // yaml throws a plain ReferenceError without position for alias bombs: point at the first alias.
        const at = guard.firstAlias ?? [0, 0];
        diagnostics.push({
          code: 'YAML-ALIAS-LIMIT',
          severity: 'error',
          message: catalogueMessage('YAML-ALIAS-LIMIT', lang, { detail: ALIAS_DETAIL[lang](LIMITS.aliases) }),
          file,
          pointer: '',
          range: rangeOf(lineCounter, at[0], at[1]),
        });
      }
    }
  }
  return { file, text, tree: fromYamlNode(doc.contents), lineCounter, data, diagnostics };
}

/** 1-based line and column of an offset, without parsing the text. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A file refused before parsing: one error at `offset`, an empty document, no data. */
function refused(file: string, text: string, lang: Lang, code: CatalogueCode, data: Record<string, unknown>, offset: number): ParsedSource {
  const at = positionOf(text, offset);
  const lineCounter = new LineCounter();
  const d: Diagnostic = { code, severity: 'error', message: catalogueMessage(code, lang, data), file, pointer: '', range: { start: at, end: at } };
  return { file, text, tree: undefined, lineCounter, data: undefined, diagnostics: [d] };
}
