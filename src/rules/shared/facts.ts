import type { Activity, DataItem, Notice, Purpose, Transfer } from '../../model/notice.js';
import { collectTexts, type TextField } from './walk.js';

export { fold } from './walk.js';

type Mechanism = NonNullable<NonNullable<Notice['refusal']>['mechanisms']>[number];

export interface Located<T> {
  pointer: string;
  value: T;
}

export interface PurposeFact extends Located<Purpose> {
  activity: number;
}

export interface DataFact extends Located<DataItem> {
  activity: number;
}

/**
 * Everything the rules look at, computed once per notice (one walk over the text fields), so
 * adding a rule does not add a pass over the document.
 */
export interface NoticeFacts {
  texts: TextField[];
  activities: Located<Activity>[];
  purposes: PurposeFact[];
  data: DataFact[];
  transfers: Located<Transfer>[];
  mechanisms: Map<string, Located<Mechanism>>;
}

const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function noticeFacts(notice: Notice): NoticeFacts {
  const activities: Located<Activity>[] = [];
  const purposes: PurposeFact[] = [];
  const data: DataFact[] = [];
  list<Activity>(notice.activities).forEach((a, i) => {
    if (!isObj(a)) return;
    activities.push({ pointer: `/activities/${i}`, value: a });
    list<Purpose>(a.purposes).forEach((p, j) => {
      if (isObj(p)) purposes.push({ pointer: `/activities/${i}/purposes/${j}`, value: p, activity: i });
    });
    list<DataItem>(a.data).forEach((d, j) => {
      if (isObj(d)) data.push({ pointer: `/activities/${i}/data/${j}`, value: d, activity: i });
    });
  });
  const transfers = list<Transfer>(isObj(notice.transfers) ? notice.transfers.items : undefined)
    .map((t, i) => ({ pointer: `/transfers/items/${i}`, value: t }))
    .filter((t) => isObj(t.value));
  const mechanisms = new Map<string, Located<Mechanism>>();
  list<Mechanism>(isObj(notice.refusal) ? notice.refusal.mechanisms : undefined).forEach((m, i) => {
    if (isObj(m) && typeof m.id === 'string') mechanisms.set(m.id, { pointer: `/refusal/mechanisms/${i}`, value: m });
  });
  return { texts: collectTexts(notice), activities, purposes, data, transfers, mechanisms };
}
