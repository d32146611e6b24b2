import type { TextField } from './walk.js';
import { LINK_KEYS } from './walk.js';

/** URLs in prose (also inside <…> and Markdown links) and in URL fields. */
const URL_RE = /\bhttps?:\/\/[^\s<>()"'\]]+|\bwww\.[^\s<>()"'\]]+/gi;
const MD_LINK = /\]\(([^)]*)\)/g;

export interface FoundLink {
  field: TextField;
  url: string;
}

export function linksIn(fields: readonly TextField[]): FoundLink[] {
  const out: FoundLink[] = [];
  for (const f of fields) {
    if (LINK_KEYS.has(f.key)) {
      if (f.key !== 'email') out.push({ field: f, url: f.text });
      continue;
    }
    if (!f.text.includes('http') && !f.text.includes('www.') && !f.text.includes('](')) continue;
    for (const m of f.text.matchAll(URL_RE)) out.push({ field: f, url: m[0].replace(/[.,;:]+$/, '') });
    for (const m of f.text.matchAll(MD_LINK)) {
      const target = (m[1] ?? '').trim();
      if (!/^https?:|^www\./i.test(target)) out.push({ field: f, url: target });
    }
  }
  return out;
}
