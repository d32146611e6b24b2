import { contrastWithWhite, DEFAULT_THEME } from '../html/theme.js';

/**
 * Page geometry, type scale and colours of the PDF outputs. The colours are the HTML theme's
 * (templates/html/styles.css and src/emit/html/theme.ts): headings in the brand's dark colour, the
 * H2 rule and links in the brand colour, the same callout, badge and draft palettes. Opaque sRGB
 * only (PDF/A-1 forbids transparency). Every text colour has at least 4.5:1 contrast with the
 * background it is drawn on.
 */
export interface PdfColors {
  text: string;
  muted: string;
  brand: { primary: string; dark: string };
  heading: string;
  h4: string;
  link: string;
  rule: string;
  tableHead: string;
  tableBorder: string;
  summary: { fill: string; border: string };
  callout: Record<'refusal' | 'info' | 'warning', { bar: string; fill: string; border: string }>;
  badge: Record<'sensitive' | 'consent' | 'no-consent' | 'info', { text: string; fill: string; border: string }>;
  draft: { band: string; text: string; watermark: string };
}

export interface PdfTheme {
  size: [number, number];
  margin: { top: number; right: number; bottom: number; left: number };
  /** Baselines of the running header and footer, measured from the page top. */
  headerY: number;
  footerY: number;
  body: number;
  /** Line height as a multiple of the font size. */
  leading: number;
  small: number;
  table: number;
  h1: number;
  h2: number;
  h3: number;
  h4: number;
  /** Space after a paragraph-level block. */
  gap: number;
  listIndent: number;
  color: PdfColors;
}

const PAPER: Record<'letter' | 'a4', [number, number]> = {
  letter: [612, 792],
  a4: [595.28, 841.89],
};

/**
 * Text column: 11 pt Noto Sans averages 0.465 em per character in Spanish prose, so a 384 pt
 * measure holds about 75 characters per line (the comfortable 60–80). The column is centred on
 * the page; the running header and footer span the same width.
 */
const MEASURE = 384;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A workspace brand colour, when it is a valid hex colour with 4.5:1 contrast on white (the HTML emitter warns otherwise). */
function brandColor(v: string | undefined, fallback: string): string {
  return v && HEX.test(v) && contrastWithWhite(v) >= 4.5 ? v : fallback;
}

export function brandFromTheme(theme: Record<string, string> | undefined): PdfColors['brand'] {
  return { primary: brandColor(theme?.primary, DEFAULT_THEME.primary), dark: brandColor(theme?.primaryDark, DEFAULT_THEME.primaryDark) };
}

export function pdfTheme(paper: 'letter' | 'a4', brand: Partial<PdfColors['brand']> = {}): PdfTheme {
  const size = PAPER[paper];
  const side = (size[0] - MEASURE) / 2;
  const primary = brand.primary ?? DEFAULT_THEME.primary;
  const dark = brand.dark ?? DEFAULT_THEME.primaryDark;
  return {
    size,
    margin: { top: 78, right: side, bottom: 74, left: side },
    headerY: 40,
    footerY: size[1] - 44,
    body: 11,
    leading: 1.45,
    small: 8.5,
    table: 10,
    h1: 20,
    h2: 15,
    h3: 12.5,
    h4: 11,
    gap: 8,
    listIndent: 16,
    color: {
      text: '#1f1f1f',
      muted: '#4a4a4a',
      brand: { primary, dark },
      heading: dark,
      h4: '#1f1f1f',
      link: primary,
      rule: '#b9b9b9',
      tableHead: '#f6f6f6',
      tableBorder: '#d9d9d9',
      summary: { fill: '#fbf3f5', border: '#e7cdd5' },
      callout: {
        refusal: { bar: '#8c6a1f', fill: '#fff8e6', border: '#c89b3c' },
        info: { bar: '#3b5a85', fill: '#f3f6fa', border: '#c5d1e0' },
        warning: { bar: '#8a0000', fill: '#fff1f0', border: '#e3b4b0' },
      },
      badge: {
        sensitive: { text: '#ffffff', fill: dark, border: dark },
        consent: { text: dark, fill: '#ffffff', border: primary },
        'no-consent': { text: '#1d4f2a', fill: '#eef5ef', border: '#8fb79a' },
        info: { text: '#2b3a55', fill: '#eef2f7', border: '#aebcd0' },
      },
      draft: { band: '#8a0000', text: '#ffffff', watermark: '#f3e1e1' },
    },
  };
}
