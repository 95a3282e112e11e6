import { isRealIsoDate } from '../calendar/days';
import { acceptEntry } from '../entries/acceptEntry';
import { countedYear } from '../entries/countedYear';
import { hoursState } from '../rules/entryState';
import type { Entry } from '../schemas/entry';
import type { GateRefusal } from './markDeclared';
import type { PartComparison } from './reconcile';

/** Why an approval could not be recorded before the gate was asked; the view words each code. */
export type ApproveDateProblem = 'empty' | 'invalid' | 'notPending';

export type MarkApprovedResult = { ok: true; entry: Entry } | { ok: false; problem: ApproveDateProblem } | GateRefusal;

/**
 * The entry approved by the 行业主管部门 on `approvedOn`, the date the
 * platform shows. No date is assumed: the person types the platform's. A date
 * that is not a real day is refused here; the rest (after today, before the
 * declaration or the employer's approval) is the gate's, in the form's words.
 * The stored entry is never touched here.
 */
export function markApproved(entry: Entry, approvedOn: string, today: string): MarkApprovedResult {
  if (entry.status !== 'declared' && entry.status !== 'employerApproved') return { ok: false, problem: 'notPending' };
  if (approvedOn.trim() === '') return { ok: false, problem: 'empty' };
  if (!isRealIsoDate(approvedOn)) return { ok: false, problem: 'invalid' };
  const next: Entry = { ...entry, status: 'approved', approvedOn };
  // The entry is already stored: recording its approval adds nothing to the log's count.
  const verdict = acceptEntry(next, { today, stored: 0 });
  if (!verdict.ok) {
    const approval = verdict.problems.find((problem) => problem.field === 'approvedOn') ?? verdict.problems[0];
    return { ok: false, problem: 'refused', message: approval?.message ?? '' };
  }
  return { ok: true, entry: verdict.entry };
}

/**
 * The entries still 审核中 here that could be the ones the platform already
 * shows as approved: those of a part whose comparison lists that reason (the
 * 合计 stands for both parts), in declaration order.
 */
export function approvableOnPlatform(entries: readonly Entry[], year: number, declareBy: string | null, comparisons: readonly PartComparison[]): Entry[] {
  const flagged = new Set(comparisons.filter((item) => item.reasons.some((reason) => reason.code === 'approvedOnPlatform')).map((item) => item.part));
  if (flagged.size === 0) return [];
  return entries
    .filter((entry) => countedYear(entry) === year && hoursState(entry, declareBy) === 'pending' && (flagged.has('total') || flagged.has(entry.kind)))
    .sort((a, b) => (a.declaredOn ?? '').localeCompare(b.declaredOn ?? '') || a.title.localeCompare(b.title));
}
