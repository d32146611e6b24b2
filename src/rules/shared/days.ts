/** Periods of days written in a notice ("20 días hábiles", "veinte (20) días", "quince días naturales"). */
export interface DaysMention {
  days: number;
  unit?: 'habiles' | 'naturales';
  /** [start, end) in the folded text. */
  span: [number, number];
}

const UNITS: Record<string, number> = {
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13,
  catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintidos: 22,
  veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30,
  cuarenta: 40, cincuenta: 50, sesenta: 60, noventa: 90,
};
const WORD = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
const DAYS = new RegExp(String.raw`\b(?:(\d{1,3})|((?:treinta|cuarenta|cincuenta|sesenta|noventa) y (?:${WORD})|${WORD}))(?:\s*\((?:\d{1,3}|[a-z ]+)\))?\s+dias?(?:\s+(habiles|naturales))?\b`, 'g');

function wordValue(w: string): number {
  const [tens, , unit] = w.split(' ');
  return unit ? (UNITS[tens!] ?? 0) + (UNITS[unit] ?? 0) : UNITS[w] ?? NaN;
}

/** Every "N días" in folded text, in order. */
export function daysIn(folded: string): DaysMention[] {
  const out: DaysMention[] = [];
  DAYS.lastIndex = 0;
  for (const m of folded.matchAll(DAYS)) {
    const days = m[1] ? Number(m[1]) : wordValue(m[2]!);
    if (!Number.isFinite(days)) continue;
    out.push({ days, ...(m[3] ? { unit: m[3] as 'habiles' | 'naturales' } : {}), span: [m.index!, m.index! + m[0].length] });
  }
  return out;
}
