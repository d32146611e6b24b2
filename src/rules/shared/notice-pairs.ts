import type { Notice } from '../../model/notice.js';
import type { WorkspaceNotice } from '../types.js';
import { fold } from './walk.js';

/** A simplified source and the integral source it names (art. 22: two files, one pair). */
export interface NoticePair {
  simplified: WorkspaceNotice;
  integral: WorkspaceNotice;
}

/** Text compared loosely: case, accents, punctuation and spacing do not count. */
export function loose(text: unknown): string {
  return fold(String(text ?? ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function byId(notices: WorkspaceNotice[]): Map<string, WorkspaceNotice> {
  const out = new Map<string, WorkspaceNotice>();
  for (const n of notices) if (typeof n.notice?.id === 'string' && !out.has(n.notice.id)) out.set(n.notice.id, n);
  return out;
}

/** Pairs from two sources: every simplified source whose `publication.integralNotice` is in the run. */
export function noticePairs(notices: WorkspaceNotice[]): NoticePair[] {
  const ids = byId(notices);
  const out: NoticePair[] = [];
  for (const s of notices) {
    if (s.notice?.kind !== 'simplified') continue;
    const target = s.notice.publication?.integralNotice;
    const integral = typeof target === 'string' ? ids.get(target) : undefined;
    if (integral && integral !== s) out.push({ simplified: s, integral });
  }
  return out;
}

type Purpose = Notice['activities'][number]['purposes'][number];

export interface Located<T> {
  pointer: string;
  value: T;
}

export function purposesOf(n: Notice): Located<Purpose>[] {
  return (Array.isArray(n.activities) ? n.activities : []).flatMap((a, i) =>
    (Array.isArray(a?.purposes) ? a.purposes : []).map((p, j) => ({ pointer: `/activities/${i}/purposes/${j}`, value: p })),
  );
}

/** Same purpose: the same `id` when both have one, else the same text. */
export function samePurpose(a: Purpose, b: Purpose): boolean {
  if (a.id && b.id) return a.id === b.id;
  return loose(a.text) === loose(b.text);
}
