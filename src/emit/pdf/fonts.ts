import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Font, GlyphPosition, GlyphRun } from 'fontkit';

/** The four faces of the embedded family, parsed once per process. */
export interface PdfFonts {
  regular: Font;
  bold: Font;
  italic: Font;
  boldItalic: Font;
}

export type FaceName = keyof PdfFonts;

/** Noto Sans (SIL OFL 1.1) from @expo-google-fonts/noto-sans: TTF files, complete Latin coverage. */
const FACE_FILES: Record<FaceName, string> = {
  regular: '400Regular/NotoSans_400Regular.ttf',
  bold: '700Bold/NotoSans_700Bold.ttf',
  italic: '400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/NotoSans_700Bold_Italic.ttf',
};

const require = createRequire(import.meta.url);
let cached: PdfFonts | undefined;

/** Entries kept per face before the shaping cache starts over (bounds memory in long builds). */
const LAYOUT_CACHE_LIMIT = 50_000;

/**
 * Memoises shaping across documents. pdfkit shapes every word of every document through
 * `font.layout` (GSUB/GPOS lookups: the largest cost of a warm render) and caches only per
 * document. Shaping is a pure function of the text, so the process keeps the runs and hands out
 * copies: pdfkit scales the positions of the run it receives in place.
 */
function memoizeLayout(font: Font): void {
  const shape = font.layout.bind(font);
  const cache = new Map<string, GlyphRun>();
  font.layout = (text, features) => {
    const key = features ? `${text}\u0000${JSON.stringify(features)}` : text;
    let run = cache.get(key);
    if (!run) {
      if (cache.size >= LAYOUT_CACHE_LIMIT) cache.clear();
      run = shape(text, features);
      cache.set(key, run);
    }
    const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
    copy.positions = run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as GlyphPosition, p));
    return copy;
  };
}

function parse(file: string): Font {
  const path = require.resolve(`@expo-google-fonts/noto-sans/${file}`);
  const font = fontkit.create(readFileSync(path));
  if ('fonts' in font) throw new Error(`Expected a single font in ${file}, got a collection`);
  memoizeLayout(font);
  return font;
}

/**
 * The parsed fonts. Parsing and fontkit's glyph caches are the dominant cost of a PDF, so they
 * are shared by every document of the process (pdfkit 0.20 accepts fontkit Font objects and only
 * keeps per-document state, the subset, on its own wrapper).
 */
export function pdfFonts(): PdfFonts {
  cached ??= {
    regular: parse(FACE_FILES.regular),
    bold: parse(FACE_FILES.bold),
    italic: parse(FACE_FILES.italic),
    boldItalic: parse(FACE_FILES.boldItalic),
  };
  return cached;
}

/** Code points of `text` that the regular face cannot draw (they would print as blank boxes). */
export function missingGlyphs(text: string, font: Font = pdfFonts().regular): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (!font.hasGlyphForCodePoint(cp)) missing.add(ch);
  }
  return [...missing].sort();
}
