import type { Channel, Notice } from '../../model/notice.js';

/**
 * Facts the notice model states in fields added with "not stated" (jurisdiction, ARCO costs,
 * availability at collection…), read defensively: a field that is absent is not stated, and a
 * finding is made only where the law requires the element.
 */
export interface Jurisdiction {
  order?: 'federal' | 'state' | 'municipal';
  state?: string;
  municipality?: string;
  autonomous?: boolean;
  dataProtectionLaw?: { name?: string; shortName?: string; url?: string };
}

export interface Costs {
  text?: string;
  free?: boolean;
  charges?: string[];
  freePages?: number;
}

export interface AtCollection {
  text?: string;
  timing?: string;
  channels?: Channel[];
}

const obj = <T>(v: unknown): T | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as T) : undefined);

export function jurisdictionOf(n: Notice): Jurisdiction | undefined {
  return obj<Jurisdiction>((n.controller as { jurisdiction?: unknown } | undefined)?.jurisdiction);
}

export function costsOf(n: Notice): Costs | undefined {
  return obj<Costs>((n.rights as { costs?: unknown } | undefined)?.costs);
}

export function atCollectionOf(n: Notice): AtCollection | undefined {
  return obj<AtCollection>((n.publication as { atCollection?: unknown } | undefined)?.atCollection);
}

/** What kind of source the notice is: `pair` unless it says `integral` or `simplified`. */
export function noticeKind(n: Notice): 'pair' | 'integral' | 'simplified' {
  const k = (n as { kind?: unknown }).kind;
  return k === 'integral' || k === 'simplified' ? k : 'pair';
}
