const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** '2025-04' -> 'abril de 2025'; '2025-04-09' -> '9 de abril de 2025'. No locale data involved. */
export function spanishDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} de ${month} de ${m[1]}` : `${month} de ${m[1]}`;
}
