import { describe, expect, test } from 'vitest';
import type { Inline } from '../../src/emit/document.js';
import { tokenize, type RunDefaults } from '../../src/emit/pdf/inline-runs.js';
import { breakLines, breakPoints, type Line, type Measure } from '../../src/emit/pdf/line-break.js';

const d: RunDefaults = {
  face: 'regular',
  size: 10,
  color: '#000',
  linkColor: '#00f',
  badgeColor: () => '#f00',
  resolve: (href) => ({ kind: 'uri', uri: href }),
};
/** Monospace: every character is 1 unit wide, so expectations are easy to read. */
const mono: Measure = (_style, text) => [...text].length;
const text = (line: Line): string => line.fragments.map((f) => f.text).join('');
const t = (s: string): Inline => ({ kind: 'text', text: s });

describe('breakLines', () => {
  test('keeps the space that ends a line, so extracted text never glues two words', () => {
    const lines = breakLines(tokenize([t('uno dos tres cuatro cinco')], d), 9, mono);
    expect(lines.map(text)).toEqual(['uno dos ', 'tres ', 'cuatro ', 'cinco']);
    expect(lines.map(text).join('')).toBe('uno dos tres cuatro cinco');
  });

  test('no line is wider than the measure allows; widths exclude the trailing space', () => {
    const lines = breakLines(tokenize([t('Aviso de privacidad integral del Instituto Mexicano del Seguro Social')], d), 20, mono);
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(20);
    expect(lines.map(text).join('')).toBe('Aviso de privacidad integral del Instituto Mexicano del Seguro Social');
  });

  test('collapses whitespace across runs and trims the ends, as HTML does', () => {
    const lines = breakLines(tokenize([t('  Hola \n'), { kind: 'strong', children: [t('  mundo ')] }, t(' .')], d), 80, mono);
    expect(lines.map(text)).toEqual(['Hola mundo .']);
  });

  test('a URL longer than the line breaks at a separator, never after a hyphen, without losing a character', () => {
    const url = 'https://www.plataformadetransparencia.org.mx/web/guest-users/inicio-de-sesion';
    const lines = breakLines(tokenize([{ kind: 'link', href: url, children: [t(url)] }], d), 30, mono);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map(text).join('')).toBe(url);
    lines.forEach((l, i) => {
      // Chicago style: a line ends after «//», or the next one starts with the separator.
      if (i < lines.length - 1) expect(text(l).endsWith('//') || /^[/.\-_]/.test(text(lines[i + 1]!)), text(l)).toBe(true);
      expect(text(l).endsWith('-')).toBe(false);
    });
    for (const l of lines) expect(l.fragments.every((f) => f.style.link?.target.kind === 'uri')).toBe(true);
  });

  test('break points of long words follow the Chicago rules for URLs', () => {
    const cut = (s: string): string[] => breakPoints(s).map((i) => `${s.slice(0, i)}|${s.slice(i)}`);
    expect(cut('https://a.b/c-d')).toEqual(['https://|a.b/c-d', 'https://a|.b/c-d', 'https://a.b|/c-d', 'https://a.b/c|-d']);
    expect(breakPoints('x=1&y=2')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(breakPoints('nombre@dominio.gob.mx')).toEqual([6, 14, 18]);
  });

  test('a badge is a word of its own, with spaces around it', () => {
    const lines = breakLines(tokenize([t('Estado de salud'), { kind: 'badge', tone: 'sensitive', text: 'Dato sensible' }, t('.')], d), 80, mono);
    expect(lines.map(text)).toEqual(['Estado de salud Dato sensible.']);
    expect(lines[0]!.fragments.find((f) => f.text.includes('Dato'))!.style.badge).toBe('sensitive');
  });

  test('a badge followed by words gets a space; two badges stay apart', () => {
    const badge = (text: string): Inline => ({ kind: 'badge', tone: 'info', text });
    const lines = breakLines(tokenize([t('Dato'), badge('Opcional'), badge('Sensible'), t('con texto')], d), 80, mono);
    expect(lines.map(text)).toEqual(['Dato Opcional Sensible con texto']);
  });

  test('adjacent runs in one style merge into one fragment; a link stays its own fragment', () => {
    const lines = breakLines(tokenize([t('Escriba a '), { kind: 'link', href: 'mailto:a@b.mx', children: [t('a@b.mx')] }, t('. Gracias.')], d), 80, mono);
    expect(lines[0]!.fragments.map((f) => f.text)).toEqual(['Escriba a ', 'a@b.mx', '. Gracias.']);
    expect(lines[0]!.fragments[1]!.x).toBe(10);
  });

  test('unresolvable links are drawn as plain text', () => {
    const none: RunDefaults = { ...d, resolve: () => undefined };
    const [line] = breakLines(tokenize([{ kind: 'link', href: 'index.html', children: [t('aviso integral')] }], none), 80, mono);
    expect(line!.fragments[0]!.style.link).toBeUndefined();
  });
});
