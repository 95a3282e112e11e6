import type { Checklist } from '../../core/declare/checklist';
import { chaseRuleBasis, overdueChases } from '../../core/declare/chase';
import { declareText as t } from '../../i18n/declareView';
import { useLog } from '../app/logStore';
import { UnbreakableText } from '../UnbreakableText';
import { copyText } from './CopyField';

/**
 * The entries under review, each with its review limits (from the year report,
 * s5-4: both from the declaration day); one past its current stage's limit
 * offers a polite message to copy.
 */
export function PendingReviews({ pending }: { pending: Checklist['pending'] }) {
  const { log, report, announce } = useLog();
  const ruleBasis = chaseRuleBasis(report);
  const name = log.profile.name?.trim() || null;
  const chases = new Map(overdueChases(pending.flatMap(({ review }) => (review ? [review] : []))).map((chase) => [chase.entryId, chase]));
  return (
    <section aria-labelledby="declare-pending">
      <h3 id="declare-pending">{t.pendingTitle}</h3>
      {pending.length === 0 ? (
        <p>{t.pendingEmpty}</p>
      ) : (
        <>
        <p class="field__hint">{t.reviewCountStart}</p>
        <ul class="declare-list">
          {pending.map(({ entry, review }) => {
            const dueBy = review ? (review.stage === 'employer' ? review.employerDueBy : review.authorityDueBy) : null;
            const chase = chases.get(entry.id);
            const message = chase ? t.chaseMessage({ stage: chase.stage, title: entry.title, tenths: entry.hoursTenths, declaredOn: chase.declaredOn, dueBy: chase.dueBy, name, ruleBasis, calendarEstimated: chase.calendarEstimated }) : null;
            return (
              <li key={entry.id} class="declare-item" data-entry-id={entry.id}>
                <p>
                  <UnbreakableText text={t.pendingLine(entry.title, entry.hoursTenths, entry.declaredOn ?? '')} />
                </p>
                {review && dueBy && <p class={review.overdue ? 'declare-fit--bad' : ''}>{review.overdue ? t.overdue(review.stage, dueBy, review.calendarEstimated) : t.reviewDue(review.stage, dueBy, review.calendarEstimated)}</p>}
                {/* Both limits run from the declaration day (s5-4): the 行业主管部门's is known before its turn comes. */}
                {review && review.stage === 'employer' && <p>{t.reviewDue('authority', review.authorityDueBy, review.calendarEstimated)}</p>}
                {review && message && (
                  <>
                    <p>{t.chaseTitle(review.stage)}</p>
                    <p class="declare-chase">{message}</p>
                    <p class="field__hint">
                      <a href="/policy/2025/#s5-4">{t.chaseSource}</a>
                    </p>
                    <button type="button" onClick={() => void copyText(message, announce, t.chaseCopied)}>
                      {t.copyChase}
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
        </>
      )}
    </section>
  );
}
