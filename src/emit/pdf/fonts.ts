import { readFileSync } from 'node:fs';
import { detach } from '../../util/detach.js';
import { FontFile } from './font/truetype.js';

/**
 * The embedded family: Noto Sans (SIL OFL 1.1), vendored under assets/fonts/ as the WOFF files
 * Google Fonts serves. Each face is a chain of files: the `latin` file, then `latin-ext` for the
 * characters it lacks. Every file becomes its own PDF font, subset per document.
 */
export type FaceName = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FACE_FILES: Record<FaceName, string> = {
  regular: '400-normal',
  bold: '700-normal',
  italic: '400-italic',
  boldItalic: '700-italic',
};

const SUBSETS = ['latin', 'latin-ext'] as const;

/** Folder of the vendored font files (assets/fonts at the package root; dist/emit/pdf is three levels down). */
export const FONT_DIR = new URL('../../../assets/fonts/', import.meta.url);

/** One shaped piece of a word: consecutive glyphs from one font file. */
export interface ShapedRun {
  /** Index of the file in the face's chain. */
  file: number;
  glyphs: number[];
  /**
   * The run's operands for TJ, without the outer parentheses, so runs and words join into one
   * string: glyph ids as two-byte codes (binary, latin1, escaped), and kerning as `)n(` between
   * them (TJ numbers move the next glyph left by n/1000 of the size).
   */
  tj: string;
}

/**
 * A word (or a space, or a badge label) shaped once per process: glyphs from the character map,
 * GPOS pair kerning, no ligatures or other substitutions, so every glyph stands for exactly the
 * characters it was drawn for. Immutable: documents share it, never change it.
 */
export interface Shaped {
  /** Advance width in thousandths of the font size. */
  width: number;
  runs: ShapedRun[];
  /**
   * The text to report instead of the glyphs' own Unicode values (ActualText), when they differ:
   * a character drawn with a glyph shared with another code point (U+00A0 and the space), or one
   * no file can draw (drawn as «?»).
   */
  actual?: string;
  /** Characters no file of the face can draw (drawn as «?»), for the PDF-MISSING-GLYPH warning. */
  missing?: string[];
}

/** One byte inside a PDF literal string: the delimiters, the escape and CR (read as LF) are escaped. */
function stringByte(b: number): string {
  if (b === 0x28 || b === 0x29 || b === 0x5c) return `\\${String.fromCharCode(b)}`;
  if (b === 0x0d) return '\\r';
  return String.fromCharCode(b);
}

/** Format characters that are never drawn (soft hyphen, zero-width space and joiners, BOM). */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g;

/** Entries kept per face before the shaping cache starts over (bounds memory in long builds). */
const SHAPE_CACHE_LIMIT = 20_000;

export class Face {
  readonly name: FaceName;
  readonly files: FontFile[];
  /** Ascent and descent (negative) of the first file, in thousandths of the size. */
  readonly ascent: number;
  readonly descent: number;
  private readonly cache = new Map<string, Shaped>();

  constructor(name: FaceName, files: FontFile[]) {
    this.name = name;
    this.files = files;
    const f = files[0]!;
    this.ascent = (f.ascent * 1000) / f.unitsPerEm;
    this.descent = (f.descent * 1000) / f.unitsPerEm;
  }

  /** Shapes `text` (NFC, no line breaks); memoised for the process. */
  shape(text: string): Shaped {
    let s = this.cache.get(text);
    if (!s) {
      if (this.cache.size >= SHAPE_CACHE_LIMIT) this.cache.clear();
      // The key (and `actual`) outlive the document: a copy, not a slice of the notice's source,
      // or the cache keeps every source it ever saw a word of (about 400 per worker in a build).
      const own = detach(text);
      s = this.shapeUncached(own);
      this.cache.set(own, s);
    }
    return s;
  }

  /** Width of `text` at `size` points. */
  width(text: string, size: number): number {
    return (this.shape(text).width * size) / 1000;
  }

  /** Index of the first file that can draw the code point, or -1. */
  fileFor(cp: number): number {
    for (let i = 0; i < this.files.length; i++) if (this.files[i]!.glyphFor(cp)) return i;
    return -1;
  }

  private shapeUncached(text: string): Shaped {
    const runs: ShapedRun[] = [];
    let width = 0;
    let spelled = '';
    let run: ShapedRun | undefined;
    let codes = '';
    let prev = -1;
    let missing: string[] | undefined;
    const close = (): void => {
      if (!run) return;
      run.tj += codes;
      runs.push(run);
      run = undefined;
      codes = '';
    };
    const visible = text.replace(INVISIBLE, '');
    for (const ch of visible) {
      const cp = ch.codePointAt(0)!;
      let file = this.fileFor(cp);
      let gid: number;
      if (file < 0) {
        file = 0;
        gid = this.files[0]!.glyphFor(0x3f);
        if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) (missing ??= []).push(ch);
      } else gid = this.files[file]!.glyphFor(cp);
      const font = this.files[file]!;
      const scale = 1000 / font.unitsPerEm;
      if (!run || run.file !== file) {
        close();
        run = { file, glyphs: [], tj: '' };
        prev = -1;
      }
      if (prev >= 0) {
        const k = font.kerning(prev, gid);
        if (k) {
          // Kerning -40 (font units) is a TJ number of +40.
          run.tj += `${codes})${Math.round(-k * scale * 1000) / 1000}(`;
          codes = '';
          width += k * scale;
        }
      }
      run.glyphs.push(gid);
      codes += stringByte(gid >> 8) + stringByte(gid & 0xff);
      width += font.advance(gid) * scale;
      const u = font.unicodeFor(gid);
      spelled += u === undefined ? '\ufffd' : String.fromCodePoint(u);
      prev = gid;
    }
    close();
    const shaped: Shaped = { width, runs };
    if (spelled !== visible) shaped.actual = visible;
    if (missing) shaped.missing = missing;
    return shaped;
  }
}

export type PdfFonts = Record<FaceName, Face>;

let cached: PdfFonts | undefined;

function load(face: FaceName): Face {
  const files = SUBSETS.map((subset) => FontFile.parse(readFileSync(new URL(`noto-sans-${subset}-${FACE_FILES[face]}.woff`, FONT_DIR))));
  return new Face(face, files);
}

/**
 * The four faces, parsed once per process (about 10 ms). Parsed fonts and shaped words are pure
 * functions of the font files, so every document shares them; everything that depends on a
 * document (which glyphs it uses, its subsets, its ToUnicode maps) lives in that document.
 */
export function pdfFonts(): PdfFonts {
  cached ??= { regular: load('regular'), bold: load('bold'), italic: load('italic'), boldItalic: load('boldItalic') };
  return cached;
}
