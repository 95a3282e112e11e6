import { daysBetween } from '../calendar/days';
import type { Kind } from '../vocabulary';
import type { UnitDecision } from './receiptFormat';
import type { UnitPerson, UnitRow } from './unitRows';

/** The unit's own record of a decision, kept in its ledger: whose entry it is, and the decision. Not the platform's record. */
export interface UnitDecisionRecord extends UnitDecision {
  personId: string;
}

/** One declaration waiting for the 用人单位 (通知五（四）: within 5 working days of the declaration). */
export interface AwaitingReview {
  personId: string;
  name: string;
  department: string;
  year: number;
  entryId: string;
  title: string;
  kind: Kind;
  hoursTenths: number;
  declaredOn: string;
  /** The last day of the 用人单位's limit, as the person's year report counts it (the site's working-day calendar). */
  dueBy: string;
  /** Days from today to dueBy, both included: 1 on the last day, 0 or less once past (as the deadline's daysLeft). */
  daysLeft: number;
  overdue: boolean;
  /** The limit was counted over a year without the official holiday schedule (said with CALENDAR_ESTIMATE_LABEL). */
  calendarEstimated: boolean;
  /** The unit's own record of its decision on this declaration, if HR made one; the platform stays the authority. */
  decision?: UnitDecision;
}

const key = (personId: string, entryId: string) => `${personId}\u0000${entryId}`;

/**
 * Every declaration waiting for the 用人单位 in the rows, with its limit as
 * each person's year report found it (nothing is counted again here): those
 * HR has not yet recorded a decision on first, overdue before the rest, then
 * by the last day of the limit; then those with the unit's decision. A
 * decision answers one declaration (its declaredOn): one about an earlier
 * round is not shown against a later one.
 */
export function awaitingReviews(rows: readonly UnitRow[], people: readonly UnitPerson[], decisions: readonly UnitDecisionRecord[] = []): AwaitingReview[] {
  const entriesOf = new Map(people.map((person) => [person.personId, new Map(person.entries.map((entry) => [entry.id, entry]))]));
  const decided = new Map(decisions.map(({ personId, ...decision }) => [key(personId, decision.entryId), decision]));
  const items: AwaitingReview[] = [];
  for (const row of rows) {
    for (const review of row.report.pendingReviews) {
      if (review.stage !== 'employer') continue;
      const entry = entriesOf.get(row.personId)?.get(review.entryId);
      if (entry === undefined) continue;
      const decision = decided.get(key(row.personId, review.entryId));
      items.push({
        personId: row.personId,
        name: row.name,
        department: row.department,
        year: row.year,
        entryId: review.entryId,
        title: entry.title,
        kind: review.kind,
        hoursTenths: entry.hoursTenths,
        declaredOn: review.declaredOn,
        dueBy: review.employerDueBy,
        daysLeft: daysBetween(row.report.asOf, review.employerDueBy) + 1,
        overdue: review.overdue,
        calendarEstimated: review.calendarEstimated,
        ...(decision !== undefined && decision.declaredOn === review.declaredOn ? { decision } : {}),
      });
    }
  }
  const rank = (item: AwaitingReview) => (item.decision !== undefined ? 2 : item.overdue ? 0 : 1);
  return items.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compare(a.dueBy, b.dueBy) ||
      compare(a.declaredOn, b.declaredOn) ||
      compare(a.name, b.name) ||
      compare(a.personId, b.personId) ||
      compare(a.entryId, b.entryId),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
