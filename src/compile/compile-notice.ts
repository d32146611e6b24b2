import { checkOneFull } from './check-one.js';
import type { Diagnostic, OutputFile } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/collect.js';
import { sortDiagnostics } from '../diagnostics/collect.js';
import { emitterEntry } from '../emit/registry.js';
import type { EmitContext } from '../emit/types.js';
import type { Notice } from '../model/notice.js';
import { noticeEpoch } from './epoch.js';
import { isSafeId, isSafeOutputPath } from './safe-id.js';
import type { CompileOptions, CompileResult, NoticeMeta } from './types.js';
import { buildMessage } from './messages.js';

function fail(file: string, diagnostics: Diagnostic[], meta?: NoticeMeta): CompileResult {
  return { file, status: 'failed', diagnostics: sortDiagnostics(diagnostics), outputs: [], meta };
}

export function metaOf(notice: Notice, defaultLaw: string | undefined): NoticeMeta {
  return {
    id: notice.id,
    title: notice.title,
    controller: notice.controller?.name ?? '',
    updated: notice.updated ?? '',
    // An undated notice is judged under the law in force, as selectRuleset does.
    law: notice.law ?? defaultLaw ?? ((notice.updated ?? '9999') >= '2025-03-21' ? 'LGPDPPSO-2025' : 'LGPDPPSO-2017'),
  };
}

/**
 * Check + emit one notice in memory (no I/O besides emitters reading templates and fonts). A notice
 * with YAML or schema errors, an unsafe id, or rule errors without --allow-errors gets no outputs.
 */
export async function compileNotice(file: string, text: string, options: CompileOptions): Promise<CompileResult> {
  const checked = checkOneFull(file, text, options);
  const diagnostics = [...checked.diagnostics];
  const notice = checked.notice;
  if (!notice || !checked.schemaValid) return fail(file, diagnostics);
  if (!isSafeId(notice.id)) {
    diagnostics.push({ code: 'BUILD-UNSAFE-ID', severity: 'error', message: buildMessage('BUILD-UNSAFE-ID', options.lang, { id: String(notice.id) }), file, pointer: '/id' });
    return fail(file, diagnostics);
  }
  const meta = metaOf(notice, options.law);
  const data = { notice, ruleset: checked.ruleset };
  const ruleErrors = hasErrors(diagnostics);
  if (ruleErrors && !options.allowErrors) return { ...fail(file, diagnostics, meta), ...data };
  const emitted = options.law && !notice.law ? { ...notice, law: options.law } : notice;
  const ctx: EmitContext = {
    id: notice.id,
    file,
    baseUrl: options.baseUrl,
    epoch: noticeEpoch(notice.updated, options.sourceDateEpoch),
    draft: ruleErrors,
    paper: options.paper,
    templatesDir: options.templatesDir,
    theme: options.theme,
  };
  const outputs: OutputFile[] = [];
  for (const format of options.formats) {
    const entry = emitterEntry(format);
    try {
      if (!entry) throw new Error(`unknown format ${format}`);
      const emitter = await entry.load();
      const result = await emitter(emitted, ctx);
      diagnostics.push(...result.diagnostics);
      outputs.push(...result.outputs);
    } catch (e) {
      diagnostics.push({ code: 'RENDER-FAILED', severity: 'error', message: buildMessage('RENDER-FAILED', options.lang, { format, detail: (e as Error).message }), file, pointer: '' });
    }
  }
  const unique = dedupeOutputs(outputs, (path) =>
    diagnostics.push({ code: 'RENDER-BAD-PATH', severity: 'error', message: buildMessage('RENDER-BAD-PATH', options.lang, { path }), file, pointer: '' }),
  );
  if (diagnostics.some((d) => d.severity === 'error' && /^RENDER-/.test(d.code))) return { ...fail(file, diagnostics, meta), ...data };
  return { file, status: ruleErrors ? 'draft' : 'built', diagnostics: sortDiagnostics(diagnostics), outputs: unique, meta, ...data };
}

function sameBytes(a: OutputFile['contents'], b: OutputFile['contents']): boolean {
  const x = typeof a === 'string' ? Buffer.from(a) : Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const y = typeof b === 'string' ? Buffer.from(b) : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  return x.equals(y);
}

/**
 * Several emitters may produce the same shared file (the web fonts of both pages): identical bytes
 * are kept once; a path that is unsafe or produced twice with different bytes is an error.
 */
function dedupeOutputs(outputs: readonly OutputFile[], bad: (path: string) => void): OutputFile[] {
  const byPath = new Map<string, OutputFile>();
  for (const o of outputs) {
    const prev = byPath.get(o.path);
    if (!isSafeOutputPath(o.path) || (prev && !sameBytes(prev.contents, o.contents))) bad(o.path);
    else if (!prev) byPath.set(o.path, o);
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
