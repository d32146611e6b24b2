/** Seconds since the epoch for every timestamp: SOURCE_DATE_EPOCH wins, else the update date. */
export function noticeEpoch(updated: string | undefined, sourceDateEpoch: number | undefined): number {
  if (sourceDateEpoch !== undefined) return sourceDateEpoch;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(updated ?? '');
  if (!m) return 0;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1) / 1000);
}

/** Parses SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch). */
export function parseSourceDateEpoch(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d+$/.test(value.trim())) throw new Error(`SOURCE_DATE_EPOCH must be a whole number of seconds, got "${value}"`);
  return Number(value.trim());
}
