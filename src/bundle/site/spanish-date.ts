import { formatSpanishDate } from '../../emit/dates.js';

/** '2025-04' -> 'abril de 2025'; '2025-04-09' -> '9 de abril de 2025' (the pages' own formatter); anything else as written. */
export function spanishDate(iso: string): string {
  try {
    return formatSpanishDate(iso);
  } catch {
    return iso;
  }
}
