/** Page geometry, type scale and colours of the PDF outputs. Colours are opaque sRGB (PDF/A-1). */
export interface PdfTheme {
  size: [number, number];
  margin: { top: number; right: number; bottom: number; left: number };
  /** Baselines of the running header and footer, measured from the page top. */
  headerY: number;
  footerY: number;
  body: number;
  leading: number;
  small: number;
  h1: number;
  h2: number;
  h3: number;
  h4: number;
  /** Space after a paragraph-level block. */
  gap: number;
  listIndent: number;
  color: {
    text: string;
    muted: string;
    heading: string;
    link: string;
    rule: string;
    tableHead: string;
    tableBorder: string;
    callout: Record<'refusal' | 'info' | 'warning', { bar: string; fill: string }>;
    badge: Record<'sensitive' | 'consent' | 'no-consent' | 'info', string>;
    draft: string;
  };
}

const PAPER: Record<'letter' | 'a4', [number, number]> = {
  letter: [612, 792],
  a4: [595.28, 841.89],
};

export function pdfTheme(paper: 'letter' | 'a4'): PdfTheme {
  const size = PAPER[paper];
  return {
    size,
    margin: { top: 72, right: 64, bottom: 72, left: 64 },
    headerY: 34,
    footerY: size[1] - 46,
    body: 10.5,
    leading: 1.42,
    small: 8.5,
    h1: 19,
    h2: 14,
    h3: 12,
    h4: 11,
    gap: 7,
    listIndent: 16,
    color: {
      text: '#1f2328',
      muted: '#57606a',
      heading: '#13322b',
      link: '#0b57a4',
      rule: '#b9c2c9',
      tableHead: '#e8eef0',
      tableBorder: '#9aa5ad',
      callout: {
        refusal: { bar: '#9d2449', fill: '#f8eef1' },
        info: { bar: '#235b4e', fill: '#eef5f3' },
        warning: { bar: '#a86b00', fill: '#fbf4e6' },
      },
      badge: { sensitive: '#9d2449', consent: '#7a4d00', 'no-consent': '#235b4e', info: '#3f4b55' },
      draft: '#b00020',
    },
  };
}
