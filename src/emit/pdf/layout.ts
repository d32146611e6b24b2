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
  return { face, size, color, linkColor: s.theme.color.link, badgeColor: (tone) => s.theme.color.badge[tone].text, resolve: s.resolve };
}

/** Lines of inline content at a width; computed once per content, width and style in a render. */
export function layout(s: PdfState, content: Inline[], width: number, d: RunDefaults = runDefaults(s)): Line[] {
  const key = `${width}|${d.face}|${d.size}|${d.color}`;
  let byKey = s.layouts.get(content);
  let lines = byKey?.get(key);
  if (!lines) {
    lines = breakLines(tokenize(content, d), width, s.measure);
    if (!byKey) s.layouts.set(content, (byKey = new Map()));
    byKey.set(key, lines);
  }
  return lines;
}

export function lineHeight(s: PdfState, size = s.theme.body): number {
  return size * s.theme.leading;
}
