import type { Diagnostic, OutputFile } from '../../diagnostics/diagnostic.js';
import type { Notice } from '../../model/notice.js';
import type { NoticeDocument } from '../document.js';
import { FILES, noticeVariants } from '../sections.js';
import { modelOf } from '../context.js';
import type { EmitContext, EmitResult } from '../types.js';
import { buildJsonLd, serializeJsonLd } from '../jsonld/build-jsonld.js';
import { fontFaceCss, fontOutputs } from './assets.js';
import { CSP_PLACEHOLDER, applyCsp } from './csp.js';
import { loadTemplates } from './environment.js';
import { resolveTheme } from './theme.js';

/** '</script' and '<!--' must not appear inside the JSON-LD data block. */
function scriptSafe(json: string): string {
  return json.replace(/</g, '\\u003c');
}

function renderPage(doc: NoticeDocument, notice: Notice, ctx: EmitContext, file: string): EmitResult {
  const templates = loadTemplates(ctx.templatesDir);
  const theme = resolveTheme(ctx.theme, ctx.file, notice.controller.name, ctx.lang);
  const css = `${fontFaceCss()}\n:root{--brand:${theme.primary};--brand-dark:${theme.primaryDark}}\n${templates.css}`;
  const view = {
    ...doc,
    pageTitle: `${doc.draft ? `${doc.labels?.draftBanner} · ` : ''}${doc.title}`,
    css,
    csp: CSP_PLACEHOLDER,
    theme: { logo: theme.logo, footer: theme.footer },
    jsonld: doc.variant === 'integral' ? scriptSafe(serializeJsonLd(buildJsonLd(notice, ctx))) : undefined,
  };
  const template = doc.variant === 'integral' ? templates.integral : templates.simplified;
  const html = applyCsp(template(view)).replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n');
  const outputs: OutputFile[] = [
    { path: file, contents: html.endsWith('\n') ? html : `${html}\n`, mediaType: 'text/html; charset=utf-8' },
    ...fontOutputs(),
    ...theme.outputs,
  ];
  return { outputs, diagnostics: theme.diagnostics };
}

/** The integral notice as a self-contained page (index.html), with its fonts under assets/. */
export function emitHtml(notice: Notice, ctx: EmitContext): EmitResult {
  if (!noticeVariants(notice).includes('integral')) return { outputs: [], diagnostics: [] };
  const doc = modelOf(notice, ctx, 'integral');
  return renderPage(doc, notice, ctx, FILES.integral);
}

/** The simplified notice (art. 22) as a self-contained page (simplificado.html). */
export function emitSimplifiedHtml(notice: Notice, ctx: EmitContext): EmitResult {
  if (!noticeVariants(notice).includes('simplified')) return { outputs: [], diagnostics: [] };
  const doc = modelOf(notice, ctx, 'simplified');
  return renderPage(doc, notice, ctx, FILES.simplified);
}

/** Merge several emitters' results; files with the same path (shared fonts) are kept once. */
export function mergeResults(results: EmitResult[]): EmitResult {
  const byPath = new Map<string, OutputFile>();
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    for (const o of r.outputs) if (!byPath.has(o.path)) byPath.set(o.path, o);
    for (const d of r.diagnostics) {
      const key = `${d.code}\u0000${d.message}`;
      if (!seen.has(key)) diagnostics.push(d), seen.add(key);
    }
  }
  const outputs = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { outputs, diagnostics };
}
