/**
 * Loads the PDF emitter and warms it (fonts parsed once, glyph caches and JIT warm) before the
 * first notice; called once per worker thread.
 */
export async function warmEmitters(): Promise<void> {
  const { warmPdf } = await import('../emit/pdf/index.js');
  await warmPdf();
}
