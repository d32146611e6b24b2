const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The one escaping function for markup we write by hand (HTML text and attributes, XML such as
 * the sitemap and JUnit): `& < > " '` as entities that HTML and XML both read. Templates use
 * Handlebars' own escaping.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** Drops the characters XML 1.0 cannot hold at all (C0 controls other than tab and line breaks, U+FFFE/U+FFFF). */
export function xmlChars(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
