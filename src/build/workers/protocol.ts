import type { CheckOneOptions } from '../../compile/check-one.js';
import type { HashedOutput } from '../../compile/hash-outputs.js';
import type { CompileOptions, CompileResult } from '../../compile/types.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';

export type WorkerTask =
  | { kind: 'compile'; file: string; text: string; options: CompileOptions }
  | { kind: 'check'; file: string; text: string; options: CheckOneOptions };

export type CompiledNotice = Omit<CompileResult, 'outputs'> & { outputs: HashedOutput[] };

export type WorkerResult = { kind: 'compile'; result: CompiledNotice } | { kind: 'check'; diagnostics: Diagnostic[] };

export interface WorkerInit {
  /** Warm the PDF fonts once when the worker starts (build workers, not check workers). */
  warmPdf: boolean;
}
