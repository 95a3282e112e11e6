import { countedYear } from '../entries/countedYear';
import { hoursState } from '../rules/entryState';
import type { PendingReview } from '../rules/report';
import type { Entry } from '../schemas/entry';

/** Where an entry on the 申报清单 stands: to declare again after a return, or never declared. */
export type ChecklistState = 'returned' | 'notDeclared';

export interface ChecklistItem {
  entry: Entry;
  state: ChecklistState;
  /** 序号 on the list, from 1: also the prefix of the entry's upload copies. */
  number: number;
}

export interface Checklist {
  items: ChecklistItem[];
  returned: { count: number; tenths: number };
  notDeclared: { count: number; tenths: number };
  /** Declared in time, reviews under way, each with its limits (from the year report). */
  pending: { entry: Entry; review: PendingReview | null }[];
}

const byAge = (a: Entry, b: Entry) =>
  a.endDate.localeCompare(b.endDate) || a.startDate.localeCompare(b.startDate) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

/**
 * The year's entries that must be declared, in the order to act on them:
 * returned first, then never declared, oldest completion first in each. The
 * same `hoursState` as the year report decides, so the counts and 学时 match it.
 */
export function declareChecklist(entries: readonly Entry[], year: number, declareBy: string | null, pendingReviews: readonly PendingReview[] = []): Checklist {
  const counted = entries.filter((entry) => countedYear(entry) === year);
  const of = (state: ChecklistState) => counted.filter((entry) => hoursState(entry, declareBy) === state).sort(byAge);
  const returned = of('returned');
  const notDeclared = of('notDeclared');
  const items = [...returned.map((entry) => ({ entry, state: 'returned' as const })), ...notDeclared.map((entry) => ({ entry, state: 'notDeclared' as const }))].map((item, index) => ({
    ...item,
    number: index + 1,
  }));
  const sum = (list: readonly Entry[]) => ({ count: list.length, tenths: list.reduce((total, entry) => total + entry.hoursTenths, 0) });
  const reviews = new Map(pendingReviews.map((review) => [review.entryId, review]));
  const pending = counted
    .filter((entry) => hoursState(entry, declareBy) === 'pending')
    .sort((a, b) => (a.declaredOn ?? '').localeCompare(b.declaredOn ?? '') || byAge(a, b))
    .map((entry) => ({ entry, review: reviews.get(entry.id) ?? null }));
  return { items, returned: sum(returned), notDeclared: sum(notDeclared), pending };
}
