import { hoursText, STATE_LABELS } from './describe';
import type { YearReport } from './report';

/**
 * The one figure of the headline that says most about the year, for the status card when it
 * is folded to a single line: what is still to study, what is short, or what stands between
 * the year and 达标. Null where the status word alone says it (无记录, or nothing left to do).
 */
export function yearKeyFigure(report: YearReport): string | null {
  const { total } = report;
  if (report.status === 'noRecords') return null;
  if (report.status === 'met') return `${STATE_LABELS.credited} ${hoursText(total.creditedTenths)}`;
  if (report.status === 'metPendingReview') return `${STATE_LABELS.pending} ${hoursText(total.pendingTenths)}`;
  // A closed year is short of a fact, not of study (as its headline says).
  if (report.closed) return `差 ${hoursText(total.remainingTenths)}`;
  if (total.toStudyTenths > 0) return `${STATE_LABELS.toStudy} ${hoursText(total.toStudyTenths)}`;
  // Returned hours never count as covering the year: they are what is in the way.
  if (total.toStudyIfReturnedFailTenths > 0) return `${STATE_LABELS.returned} ${hoursText(total.returnedTenths)}`;
  if (total.notDeclaredTenths > 0) return `${STATE_LABELS.notDeclared} ${hoursText(total.notDeclaredTenths)}`;
  if (total.pendingTenths > 0) return `${STATE_LABELS.pending} ${hoursText(total.pendingTenths)}`;
  return null;
}
