import { readFileSync } from 'node:fs';
import type { OutputFile } from '../../diagnostics/diagnostic.js';

/**
 * Noto Sans (SIL OFL 1.1), latin subset, vendored under assets/fonts/ (see its README): it covers
 * Spanish (á é í ó ú ñ ü ¿ ¡ « » —). The PDF embeds the TrueType outlines of the same family.
 */
export const FONTS = [
  { file: 'noto-sans-latin-400-normal.woff2', weight: 400, style: 'normal' },
  { file: 'noto-sans-latin-700-normal.woff2', weight: 700, style: 'normal' },
  { file: 'noto-sans-latin-400-italic.woff2', weight: 400, style: 'italic' },
] as const;

export const ASSETS_DIR = 'assets';

/** assets/fonts/ at the package root (this module is src/emit/html/ or dist/emit/html/). */
const FONT_DIR = new URL('../../../assets/fonts/', import.meta.url);

let cached: OutputFile[] | undefined;

/** The font files (and their licence) written beside every page, read once per process. */
export function fontOutputs(): OutputFile[] {
  cached ??= [
    ...FONTS.map((f) => ({
      path: `${ASSETS_DIR}/${f.file}`,
      contents: new Uint8Array(readFileSync(new URL(f.file, FONT_DIR))),
      mediaType: 'font/woff2',
    })),
    {
      path: `${ASSETS_DIR}/noto-sans-OFL.txt`,
      contents: readFileSync(new URL('OFL.txt', FONT_DIR), 'utf8'),
      mediaType: 'text/plain; charset=utf-8',
    },
  ];
  return cached;
}

/** @font-face rules with relative URLs, so the page works from any folder or domain. */
export function fontFaceCss(): string {
  return FONTS.map(
    (f) =>
      `@font-face{font-family:"Noto Sans";font-style:${f.style};font-weight:${f.weight};font-display:swap;src:url("${ASSETS_DIR}/${f.file}") format("woff2")}`,
  ).join('\n');
}
