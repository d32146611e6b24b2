/** A notice id may become a folder name only if it is a plain slug: no '/', '..', dots or spaces. */
export const SAFE_ID = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

/** Names Windows reserves for devices: a folder called `con` or `nul` cannot be created or copied there. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

export function isSafeId(id: unknown): id is string {
  return typeof id === 'string' && SAFE_ID.test(id) && !id.includes('--') && !RESERVED.test(id);
}

/** Output paths from emitters: relative, forward slashes, no '..', no hidden or odd names. */
export function isSafeOutputPath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\')) return false;
  return path.split('/').every((seg) => /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(seg) && seg !== '..' && !seg.endsWith('.'));
}
