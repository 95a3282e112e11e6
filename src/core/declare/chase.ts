import { ruleBasisLabel } from '../rules/basisText';
import type { PendingReview, YearReport } from '../rules/report';
import type { Reviewer } from '../vocabulary';

export interface Chase {
  entryId: string;
  /** Who to ask: the stage whose limit has passed. */
  stage: Reviewer;
  declaredOn: string;
  /** The last day of that stage's limit (s5-4), as the year report counted it. */
  dueBy: string;
  /** The limit was counted over a year without the official holiday schedule: the message says so. */
  calendarEstimated: boolean;
}

/**
 * The reviews past their limit, as the year report found them (its working
 * days, its calendar): nothing is counted again here.
 */
export function overdueChases(pendingReviews: readonly PendingReview[]): Chase[] {
  return pendingReviews
    .filter((review) => review.overdue)
    .map((review) => ({
      entryId: review.entryId,
      stage: review.stage,
      declaredOn: review.declaredOn,
      dueBy: review.stage === 'employer' ? review.employerDueBy : review.authorityDueBy,
      calendarEstimated: review.calendarEstimated,
    }));
}

/**
 * What the chase message must say about the rule its limit comes from: null
 * for a year with its own notice; for a year without one, the year and its
 * basis in the words every output uses (e.g. "2026年度按2025年通知推定").
 */
export function chaseRuleBasis(report: Pick<YearReport, 'year' | 'basis' | 'basisYear'>): string | null {
  return report.basis === 'notice' ? null : `${report.year}年度${ruleBasisLabel(report)}`;
}
