import { LIKELY_SENSITIVE_CATEGORIES, LIKELY_SENSITIVE_KEYWORDS, SENSITIVE_CATEGORIES, SENSITIVE_KEYWORDS, keywordRegex } from '../data/keywords.js';
import type { DataItem } from '../../model/notice.js';
import { fold } from './walk.js';

export const SENSITIVE_NAME = keywordRegex(SENSITIVE_KEYWORDS);
export const LIKELY_SENSITIVE_NAME = keywordRegex(LIKELY_SENSITIVE_KEYWORDS);

/** Marked sensitive, or sensitive by category or name (whether or not it is marked). */
export function looksSensitive(d: DataItem): boolean {
  if (d.sensitive === true) return true;
  if (d.sensitive === false) return false;
  const name = fold(String(d.name ?? ''));
  return (d.category !== undefined && (SENSITIVE_CATEGORIES.has(d.category) || LIKELY_SENSITIVE_CATEGORIES.has(d.category))) || SENSITIVE_NAME.test(name) || LIKELY_SENSITIVE_NAME.test(name);
}
