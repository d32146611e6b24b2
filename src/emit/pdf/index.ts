import { makeDiagnostic } from '../../diagnostics/catalogue/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Notice } from '../../model/notice.js';
import type { NoticeDocument } from '../document.js';
import { modelOf } from '../context.js';
import { noticeVariants } from '../sections.js';
import type { EmitContext, EmitResult, Emitter } from '../types.js';
import { pdfFonts } from './fonts.js';
import { renderPdf, renderPdfReport } from './render.js';
import { brandFromTheme } from './theme.js';

export { renderPdf, renderPdfReport, type RenderOptions, type RenderedPdf } from './render.js';

/** Output names inside a notice's folder. */
export const PDF_FILES = { integral: 'aviso-integral.pdf', simplified: 'aviso-simplificado.pdf' } as const;

/** The notice's published folder, against which relative links of the model resolve. */
function pageBase(ctx: EmitContext): string | undefined {
  return ctx.baseUrl ? `${ctx.baseUrl.replace(/\/+$/, '')}/${ctx.id}/` : undefined;
}

function glyphDiagnostics(model: NoticeDocument, missing: string[], ctx: EmitContext): Diagnostic[] {
  if (!missing.length) return [];
  const lang = ctx.lang ?? 'es';
  const chars = missing.map((c) => `«${c}» (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
  const variant = model.variant === 'integral' ? (lang === 'es' ? 'integral' : 'integral') : lang === 'es' ? 'simplificado' : 'simplified';
  return [makeDiagnostic('PDF-MISSING-GLYPH', lang, { variant, chars }, { file: ctx.file })];
}

async function emitVariant(notice: Notice, ctx: EmitContext, variant: NoticeDocument['variant']): Promise<EmitResult> {
  if (!noticeVariants(notice).includes(variant)) return { outputs: [], diagnostics: [] };
  const base = pageBase(ctx);
  const model = modelOf(notice, ctx, variant);
  const { bytes, missing } = await renderPdfReport(model, { paper: ctx.paper, epoch: ctx.epoch, brand: brandFromTheme(ctx.theme), ...(base ? { base } : {}) });
  return {
    outputs: [{ path: PDF_FILES[variant], contents: bytes, mediaType: 'application/pdf' }],
    diagnostics: glyphDiagnostics(model, missing, ctx),
  };
}

/** The integral notice (art. 21) as a tagged PDF/A-1b and PDF/UA-1 file. */
export const emitPdf: Emitter = (notice, ctx) => emitVariant(notice, ctx, 'integral');

/** The simplified notice (art. 22) as a tagged PDF/A-1b and PDF/UA-1 file. */
export const emitSimplifiedPdf: Emitter = (notice, ctx) => emitVariant(notice, ctx, 'simplified');

let warmed: Promise<void> | undefined;

/**
 * Pays the once-per-process cost of PDF output up front: parses the fonts and renders a small
 * document that touches every face, so the JIT is warm. Call it once per worker thread before
 * the first notice; later calls return the same promise. It leaves no state that a later
 * document could inherit: shaped words are pure functions of the font files, and each document
 * builds its own subsets and ToUnicode maps.
 */
export function warmPdf(): Promise<void> {
  warmed ??= (async () => {
    pdfFonts();
    const sample: NoticeDocument = {
      variant: 'integral',
      lang: 'es-MX',
      title: 'Aviso de privacidad',
      controllerName: 'Responsable',
      updated: { iso: '2025-01-01', text: '1 de enero de 2025' },
      description: '¿Qué datos personales se recaban? ¡Información «útil»! Ñ ñ ü á é í ó ú 0123456789',
      draft: false,
      sections: [
        {
          id: 'a',
          title: '¿Para qué finalidades?',
          blocks: [
            { kind: 'paragraph', content: [{ kind: 'strong', children: [{ kind: 'em', children: [{ kind: 'text', text: 'Negritas e itálicas' }] }] }, { kind: 'em', children: [{ kind: 'text', text: ' itálicas' }] }] },
            { kind: 'table', head: ['A', 'B'], rows: [[[{ kind: 'text', text: 'uno' }], [{ kind: 'text', text: 'dos' }]]] },
          ],
        },
      ],
    };
    await renderPdf(sample, { paper: 'letter', epoch: 0 });
  })();
  return warmed;
}
