import type { YearReport } from './report';

/** Days before the deadline at which an unmet year is called out on the dashboard. */
export const REMINDER_DAYS = [7, 14, 30, 60] as const;

/** A reminder for an unmet year close to its deadline, or null. */
export function deadlineReminder(report: YearReport): string | null {
  if (report.status !== 'onTrack' && report.status !== 'atRisk') return null;
  const left = report.deadline.calendarDaysLeft;
  const threshold = REMINDER_DAYS.find((days) => left <= days);
  if (threshold === undefined || left < 0) return null;
  return `提醒：距${report.year}年度申报截止已不足 ${threshold} 天（还剩 ${left} 天），本年度尚未达标，还差 ${(report.total.remainingAfterPendingTenths / 10).toString()} 学时。`;
}
