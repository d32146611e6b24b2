import { makeDiagnostic } from '../diagnostics/catalogue/index.js';
import { sortDiagnostics } from '../diagnostics/collect.js';
import type { Diagnostic, Lang, OutputFile } from '../diagnostics/diagnostic.js';
import { sharedModel } from '../emit/context.js';
import { emitterEntry } from '../emit/registry.js';
import type { EmitContext } from '../emit/types.js';
import type { Notice } from '../model/notice.js';
import { noticeEpoch } from './epoch.js';
import { hashOutputs, type HashedOutput } from './hash-outputs.js';
import { isSafeOutputPath } from './safe-id.js';
import type { EmitOptions } from './types.js';

export interface EmittedNotice {
  outputs: HashedOutput[];
  /** Emitter findings (theme, missing glyphs) and RENDER-* errors. */
  diagnostics: Diagnostic[];
  /** An emitter failed or produced a bad path: the notice must not be published. */
  failed: boolean;
}

/**
 * Phase 3 for one notice that may be published: every format, in memory (no I/O besides emitters
 * reading templates and fonts). The section model is built once and shared by every emitter.
 */
export async function emitNotice(file: string, notice: Notice, emit: EmitOptions, draft: boolean, lang: Lang): Promise<EmittedNotice> {
  const ctx: EmitContext = {
    id: notice.id,
    file,
    epoch: noticeEpoch(typeof notice.updated === 'string' ? notice.updated : undefined, emit.sourceDateEpoch),
    draft,
    paper: emit.paper,
    lang,
    document: sharedModel(notice, { draft, ...(emit.baseUrl ? { baseUrl: emit.baseUrl } : {}) }),
    ...(emit.baseUrl ? { baseUrl: emit.baseUrl } : {}),
    ...(emit.templatesDir ? { templatesDir: emit.templatesDir } : {}),
    ...(emit.theme ? { theme: emit.theme } : {}),
  };
  const outputs: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const format of emit.formats) {
    const entry = emitterEntry(format);
    try {
      if (!entry) throw new Error(`unknown format ${format}`);
      const emitter = await entry.load();
      const result = await emitter(notice, ctx);
      diagnostics.push(...result.diagnostics);
      outputs.push(...result.outputs);
    } catch (e) {
      diagnostics.push(makeDiagnostic('RENDER-FAILED', lang, { format, detail: (e as Error).message }, { file }));
    }
  }
  const unique = dedupeOutputs(outputs, (path) => diagnostics.push(makeDiagnostic('RENDER-BAD-PATH', lang, { path }, { file })));
  const failed = diagnostics.some((d) => d.severity === 'error' && /^RENDER-/.test(d.code));
  return { outputs: failed ? [] : hashOutputs(unique), diagnostics: sortDiagnostics(diagnostics), failed };
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
