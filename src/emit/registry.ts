import type { FormatName } from './formats.js';
import type { Emitter } from './types.js';

/** A named output format: which module renders it and whether it is heavy enough for a worker. */
export interface EmitterEntry {
  /** Loads the emitter lazily, so `notice --version` never pays for the PDF writer or handlebars. */
  load: () => Promise<Emitter>;
  /** PDF formats: rendered on worker threads, which warm their fonts once. */
  heavy: boolean;
}

type Loader = () => Promise<Record<string, unknown>>;

function lazy(load: Loader, exportName: string, heavy: boolean): EmitterEntry {
  let cached: Promise<Emitter> | undefined;
  return {
    heavy,
    load: () =>
      (cached ??= load().then((mod) => {
        const fn = mod[exportName];
        if (typeof fn !== 'function') throw new Error(`emitter module has no export ${exportName}`);
        return fn as Emitter;
      })),
  };
}

const web: Loader = () => import('./html/index.js') as unknown as Promise<Record<string, unknown>>;
const pdf: Loader = () => import('./pdf/index.js') as unknown as Promise<Record<string, unknown>>;

// The built-in emitters, keyed by the format names of notice.config.yaml (`formats`).
const BUILTIN: Record<FormatName, EmitterEntry> = {
  html: lazy(web, 'emitHtml', false),
  'simplified-html': lazy(web, 'emitSimplifiedHtml', false),
  text: lazy(web, 'emitText', false),
  jsonld: lazy(web, 'emitJsonLd', false),
  pdf: lazy(pdf, 'emitPdf', true),
  'simplified-pdf': lazy(pdf, 'emitSimplifiedPdf', true),
};

const extra = new Map<string, EmitterEntry>();

/** Adds or replaces a format (tests register trivial emitters here). */
export function registerEmitter(name: string, emitter: Emitter, heavy = false): void {
  extra.set(name, { heavy, load: async () => emitter });
}

export function emitterEntry(name: string): EmitterEntry | undefined {
  return extra.get(name) ?? (BUILTIN as Record<string, EmitterEntry>)[name];
}

export function emitterNames(): string[] {
  return [...new Set([...Object.keys(BUILTIN), ...extra.keys()])];
}
