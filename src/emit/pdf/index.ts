import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Notice } from '../../model/notice.js';
import type { NoticeDocument } from '../document.js';
import { modelOf } from '../context.js';
import { noticeVariants } from '../sections.js';
import type { EmitContext, EmitResult, Emitter } from '../types.js';
import { missingGlyphs, pdfFonts } from './fonts.js';
import { modelText } from './model-text.js';
import { renderPdf } from './render.js';

export { renderPdf, type RenderOptions } from './render.js';

/** Output names inside a notice's folder. */
export const PDF_FILES = { integral: 'aviso-integral.pdf', simplified: 'aviso-simplificado.pdf' } as const;

/** The notice's published folder, against which relative links of the model resolve. */
function pageBase(ctx: EmitContext): string | undefined {
  return ctx.baseUrl ? `${ctx.baseUrl.replace(/\/+$/, '')}/${ctx.id}/` : undefined;
}

function glyphDiagnostics(model: NoticeDocument, ctx: EmitContext): Diagnostic[] {
  const missing = missingGlyphs(modelText(model));
  if (!missing.length) return [];
  const chars = missing.map((c) => `«${c}» (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
  return [
    {
      code: 'PDF-MISSING-GLYPH',
      severity: 'warning',
      message: `El PDF ${model.variant === 'integral' ? 'integral' : 'simplificado'} no puede dibujar ${chars}: la fuente Noto Sans no tiene esos caracteres y se verían como recuadros vacíos.`,
      detail: 'Sustituya el carácter por uno equivalente (por ejemplo, comillas o guiones comunes) o elimínelo.',
      file: ctx.file,
      pointer: '',
    },
  ];
}

async function emitVariant(notice: Notice, ctx: EmitContext, variant: NoticeDocument['variant']): Promise<EmitResult> {
  if (!noticeVariants(notice).includes(variant)) return { outputs: [], diagnostics: [] };
  const base = pageBase(ctx);
  const model = modelOf(notice, ctx, variant);
  const contents = await renderPdf(model, { paper: ctx.paper, epoch: ctx.epoch, ...(base ? { base } : {}) });
  return {
    outputs: [{ path: PDF_FILES[variant], contents, mediaType: 'application/pdf' }],
    diagnostics: glyphDiagnostics(model, ctx),
  };
}

/** The integral notice (art. 21) as a tagged PDF/A-1b file. */
export const emitPdf: Emitter = (notice, ctx) => emitVariant(notice, ctx, 'integral');

/** The simplified notice (art. 22) as a tagged PDF/A-1b file. */
export const emitSimplifiedPdf: Emitter = (notice, ctx) => emitVariant(notice, ctx, 'simplified');

let warmed: Promise<void> | undefined;

/**
 * Pays the once-per-process cost of PDF output up front: parses the fonts and renders a small
 * document that touches every face, so fontkit's glyph caches and the JIT are warm. Call it once
 * per worker thread before the first notice; later calls return the same promise.
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
