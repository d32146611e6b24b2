import type { Notice } from '../../model/notice.js';

/**
 * Facts the notice model states in fields added with "not stated" (jurisdiction, ARCO costs,
 * availability at collection…), read defensively: a field that is absent is not stated, and a
 * finding is made only where the law requires the element.
 */
export type Jurisdiction = NonNullable<Notice['controller']['jurisdiction']>;
export type Costs = NonNullable<NonNullable<Notice['rights']>['costs']>;
export type AtCollection = NonNullable<NonNullable<Notice['publication']>['atCollection']>;

const obj = <T>(v: unknown): T | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as T) : undefined);

export function jurisdictionOf(n: Notice): Jurisdiction | undefined {
  return obj<Jurisdiction>(n.controller?.jurisdiction);
}

export function costsOf(n: Notice): Costs | undefined {
  return obj<Costs>(n.rights?.costs);
}

export function atCollectionOf(n: Notice): AtCollection | undefined {
  return obj<AtCollection>(n.publication?.atCollection);
}
