// Spanish dates written out by hand: no Intl or ICU data, so every machine prints the same bytes.

const MONTHS = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
] as const;

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Month name in Spanish (lower case, as written mid-sentence), for month 1–12. */
export function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (!name) throw new RangeError(`month out of range: ${month}`);
  return name;
}

/** '2025-04' -> 'abril de 2025'; '2025-04-15' -> '15 de abril de 2025'; '2025-04-01' -> '1 de abril de 2025'. */
export function formatSpanishDate(iso: string): string {
  const m = DATE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date or month: ${iso}`);
  const [, year, month, day] = m;
  const monthText = monthName(Number(month));
  return day ? `${Number(day)} de ${monthText} de ${year}` : `${monthText} de ${year}`;
}

/** Capitalised, for the start of a line: 'Abril de 2025'. */
export function formatSpanishDateStart(iso: string): string {
  const s = formatSpanishDate(iso);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A UTC date 'YYYY-MM-DD' from seconds since the epoch (SOURCE_DATE_EPOCH). */
export function isoDateFromEpoch(epoch: number): string {
  return new Date(epoch * 1000).toISOString().slice(0, 10);
}
