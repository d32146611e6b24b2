import { createHash } from 'node:crypto';
import type { Diagnostic } from './diagnostic.js';

type Identity = Pick<Diagnostic, 'code' | 'file' | 'pointer' | 'message'>;

function normalizePointer(p: string): string {
  return p === '#' ? '' : p.replace(/^#/, '');
}

/** Message without case, quotes, numbers or extra spaces, so a line number inside it does not matter. */
export function normalizeMessage(m: string): string {
  return m
    .normalize('NFC')
    .toLowerCase()
    .replace(/[«»"'`“”‘’]/g, '')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

function hash(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/**
 * A finding's identity that survives edits elsewhere in the file: code + file + JSON pointer +
 * normalized message. Deliberately NOT the line or column, which move when text above changes.
 */
export function fingerprint(d: Identity): string {
  return hash([d.code, d.file, normalizePointer(d.pointer), normalizeMessage(d.message)]);
}

/**
 * The same without the message: a second, looser match so a baseline keeps working when the
 * message changes (another --lang, a new wording in a newer version of notice).
 */
export function looseKey(d: Omit<Identity, 'message'>): string {
  return hash([d.code, d.file, normalizePointer(d.pointer)]);
}
