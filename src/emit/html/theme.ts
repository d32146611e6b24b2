import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { makeDiagnostic } from '../../diagnostics/catalogue/index.js';
import type { Diagnostic, Lang, OutputFile } from '../../diagnostics/diagnostic.js';
import { ASSETS_DIR } from './assets.js';

export interface ResolvedTheme {
  primary: string;
  primaryDark: string;
  footer?: string;
  logo?: { src: string; alt: string };
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
}

/** gob.mx guinda. */
export const DEFAULT_THEME = { primary: '#9D2449', primaryDark: '#611232' } as const;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const LOGO_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

function luminance(hex: string): number {
  const h = hex.length === 4 ? hex.slice(1).replace(/./g, (c) => c + c) : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(h.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of a colour against white. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** Theme values from the workspace configuration, checked; the gob.mx defaults fill the gaps. */
export function resolveTheme(theme: Record<string, string> | undefined, file: string, controllerName: string, lang: Lang = 'es'): ResolvedTheme {
  const diagnostics: Diagnostic[] = [];
  const warn = (code: 'RENDER-THEME-COLOR' | 'RENDER-THEME-CONTRAST' | 'RENDER-LOGO', data: Record<string, string>) => diagnostics.push(makeDiagnostic(code, lang, data, { file }));
  const colour = (key: 'primary' | 'primaryDark'): string => {
    const v = theme?.[key];
    if (v === undefined) return DEFAULT_THEME[key];
    if (!HEX.test(v)) {
      warn('RENDER-THEME-COLOR', { key, fallback: DEFAULT_THEME[key] });
      return DEFAULT_THEME[key];
    }
    if (contrastWithWhite(v) < 4.5) {
      warn('RENDER-THEME-CONTRAST', { key, value: v, fallback: DEFAULT_THEME[key] });
      return DEFAULT_THEME[key];
    }
    return v;
  };
  const out: ResolvedTheme = { primary: colour('primary'), primaryDark: colour('primaryDark'), outputs: [], diagnostics };
  if (theme?.footer) out.footer = theme.footer;
  if (theme?.logo) {
    const path = resolve(theme.logo);
    const type = LOGO_TYPES[extname(path).toLowerCase()];
    if (!type) warn('RENDER-LOGO', { logo: theme.logo, reason: lang === 'es' ? 'no es SVG, PNG, JPEG, WebP ni GIF' : 'is not SVG, PNG, JPEG, WebP or GIF' });
    else if (!existsSync(path)) warn('RENDER-LOGO', { logo: theme.logo, reason: lang === 'es' ? 'no existe' : 'does not exist' });
    else {
      const name = `${ASSETS_DIR}/logo${extname(path).toLowerCase()}`;
      out.outputs.push({ path: name, contents: new Uint8Array(readFileSync(path)), mediaType: type });
      out.logo = { src: name, alt: theme.logoAlt ?? controllerName };
    }
  }
  return out;
}
