import { SENSITIVE_CATEGORIES, SENSITIVE_KEYWORDS, keywordRegex } from '../data/keywords.js';
import type { DataItem } from '../../model/notice.js';
import { fold } from './walk.js';

const SENSITIVE_NAME = keywordRegex(SENSITIVE_KEYWORDS);

/** Marked sensitive, or sensitive by category or name (whether or not it is marked). */
export function looksSensitive(d: DataItem): boolean {
  return d.sensitive === true || (d.category !== undefined && SENSITIVE_CATEGORIES.has(d.category)) || SENSITIVE_NAME.test(fold(String(d.name ?? '')));
}
