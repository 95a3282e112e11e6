import type { PendingReview } from '../rules/report';
import type { Reviewer } from '../vocabulary';

export interface Chase {
  entryId: string;
  /** Who to ask: the stage whose limit has passed. */
  stage: Reviewer;
  declaredOn: string;
  /** The last day of that stage's limit (s5-4), as the year report counted it. */
  dueBy: string;
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
    }));
}
