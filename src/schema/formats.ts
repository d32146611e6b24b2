/**
 * `AAAA-MM-DD` or `AAAA-MM` naming a real calendar day or month (rejects 2025-02-30 and 2025-13),
 * from 1900 on: a notice cannot be older than the laws it rests on. Self-contained (no helpers in
 * scope): the precompiled validator embeds its source.
 */
export function isDateOrMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1900 || month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
