/** Second-level labels under .mx (and similar) that are not themselves an organisation's domain. */
const SHARED_SECOND_LEVEL = new Set(['gob', 'edu', 'org', 'com', 'net', 'nom']);

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** "salud.ejemplo.gob.mx" -> "ejemplo.gob.mx"; "www.imss.gob.mx" -> "imss.gob.mx"; "unam.mx" -> "unam.mx". */
export function siteOf(host: string): string {
  const labels = host.split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const second = labels[labels.length - 2]!;
  const take = labels[labels.length - 1]!.length === 2 && SHARED_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}
