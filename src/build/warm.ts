import { emitterEntry } from '../emit/registry.js';

/**
 * Loads the heavy emitters and lets them warm up (parse fonts once) before the first notice. The PDF
 * module may export `warmUp()`/`warmFonts()`; if it does not, loading it is the warm-up.
 */
export async function warmEmitters(): Promise<void> {
  try {
    await emitterEntry('pdf')?.load();
    const mod = (await import(new URL('../emit/pdf/index.js', import.meta.url).href)) as Record<string, unknown>;
    const warm = mod.warmUp ?? mod.warmFonts ?? mod.warmPdfFonts;
    if (typeof warm === 'function') await (warm as () => unknown)();
  } catch {
    // No PDF emitter: nothing to warm; the compile reports the missing format itself.
  }
}
