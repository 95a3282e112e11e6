import { deadlineLines, yearHeadline } from './describe';
import type { YearReport } from './report';

/** Days before the deadline at which an unmet year is called out on the dashboard. */
export const REMINDER_DAYS = [7, 14, 30, 60] as const;

/**
 * A reminder for a year not yet met, close to its deadline, or null. It says
 * the same as the dashboard: the countdown line, then the headline.
 */
export function deadlineReminder(report: YearReport): string | null {
  if (report.status !== 'onTrack' && report.status !== 'atRisk') return null;
  const { deadline } = report;
  if (deadline === null || deadline.passed) return null;
  const threshold = REMINDER_DAYS.find((days) => deadline.daysLeft <= days);
  if (threshold === undefined) return null;
  const countdown = deadlineLines(report)[0]?.text ?? '';
  return `提醒：${countdown}${yearHeadline(report)}`;
}
