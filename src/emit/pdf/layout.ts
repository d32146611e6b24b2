import type { Inline } from '../document.js';
import type { FaceName } from './fonts.js';
import { tokenize, type RunDefaults } from './inline-runs.js';
import { breakLines, type Line } from './line-break.js';
import type { PdfState } from './page.js';

/** Horizontal extent available to a block. */
export interface Box {
  x: number;
  width: number;
}

export function runDefaults(s: PdfState, face: FaceName = 'regular', size = s.theme.body, color = s.theme.color.text): RunDefaults {
  return { face, size, color, linkColor: s.theme.color.link, badgeColor: (tone) => s.theme.color.badge[tone], resolve: s.resolve };
}

export function layout(s: PdfState, content: Inline[], width: number, d: RunDefaults = runDefaults(s)): Line[] {
  return breakLines(tokenize(content, d), width, s.measure);
}

export function lineHeight(s: PdfState, size = s.theme.body): number {
  return size * s.theme.leading;
}
