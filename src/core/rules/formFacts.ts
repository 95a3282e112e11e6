import { lateNotCounted } from '../vocabulary';
import { deadlineClause, hoursText, READING_MARK, STATE_LABELS, type CitedLine } from './describe';
import type { YearReport } from './report';

/**
 * What a form someone signs says of the year beyond its figures: facts about the
 * rule, never a countdown, a status word or advice (those stay on screen).
 */

/** The deadline as the notice sets it, and nothing more; null under a rule with no deadline. */
export function deadlineFact(report: YearReport): CitedLine | null {
  if (report.deadline === null) return null;
  const clause = deadlineClause(report, report.deadline);
  return { ...clause, text: `${clause.text}。` };
}

/** "另有 5 学时逾期申报，本站不计入2025年度（本站理解）。": hours the table leaves out of 已计入, and why. */
export function lateFact(report: YearReport): string {
  return `另有 ${hoursText(report.total.lateTenths)}${STATE_LABELS.late}，${lateNotCounted(report.year)}${READING_MARK}。`;
}
