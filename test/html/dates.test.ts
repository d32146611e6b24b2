import { describe, expect, it } from 'vitest';
import { formatSpanishDate, formatSpanishDateStart, isoDateFromEpoch, monthName } from '../../src/emit/dates.js';

describe('Spanish dates', () => {
  it.each([
    ['2025-04', 'abril de 2025'],
    ['2025-04-15', '15 de abril de 2025'],
    ['2025-03-01', '1 de marzo de 2025'],
    ['2024-12-31', '31 de diciembre de 2024'],
    ['2025-09', 'septiembre de 2025'],
  ])('%s -> %s', (iso, text) => expect(formatSpanishDate(iso)).toBe(text));

  it('writes all twelve months without Intl', () => {
    expect(Array.from({ length: 12 }, (_, i) => monthName(i + 1))).toEqual([
      'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
    ]);
  });

  it('capitalises for the start of a line and rejects bad input', () => {
    expect(formatSpanishDateStart('2025-06')).toBe('Junio de 2025');
    expect(() => formatSpanishDate('abril 2025')).toThrow(RangeError);
    expect(() => monthName(13)).toThrow(RangeError);
  });

  it('reads SOURCE_DATE_EPOCH seconds as a UTC date', () => {
    expect(isoDateFromEpoch(1743465600)).toBe('2025-04-01');
  });
});
