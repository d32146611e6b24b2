/**
 * A copy of `s` that shares no memory with the string it was cut from. V8 represents a substring
 * of 13 or more characters (slice, regex match, split…) as a view that keeps its whole parent
 * alive: a word cut from a notice's source keeps the entire source. Use it for strings kept in
 * caches that outlive the document they came from.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}
