// Spanish dates through Intl (ICU's es-MX data, shipped with every official Node build): the
// same text the hand-written table gave, «15 de abril de 2025», «abril de 2025».

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const f = new Intl.DateTimeFormat('es-MX', { ...options, timeZone: 'UTC' });
  // A Node built without Spanish locale data would silently print English: refuse instead.
  if (!f.resolvedOptions().locale.startsWith('es')) throw new Error('This Node.js has no Spanish locale data (ICU); use an official Node.js build with full-icu.');
  return f;
}

let day: Intl.DateTimeFormat | undefined;
let month: Intl.DateTimeFormat | undefined;
let monthOnly: Intl.DateTimeFormat | undefined;

/** Month name in Spanish (lower case, as written mid-sentence), for month 1–12. */
export function monthName(m: number): string {
  if (!Number.isInteger(m) || m < 1 || m > 12) throw new RangeError(`month out of range: ${m}`);
  monthOnly ??= formatter({ month: 'long' });
  return monthOnly.format(Date.UTC(2000, m - 1, 1));
}

/** '2025-04' -> 'abril de 2025'; '2025-04-15' -> '15 de abril de 2025'; '2025-04-01' -> '1 de abril de 2025'. */
export function formatSpanishDate(iso: string): string {
  const m = DATE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date or month: ${iso}`);
  const [, y, mo, d] = m;
  if (Number(mo) < 1 || Number(mo) > 12) throw new RangeError(`month out of range: ${mo}`);
  const when = Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1);
  if (d) {
    day ??= formatter({ day: 'numeric', month: 'long', year: 'numeric' });
    return day.format(when);
  }
  month ??= formatter({ month: 'long', year: 'numeric' });
  return month.format(when);
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
