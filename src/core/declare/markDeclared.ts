import { isRealIsoDate } from '../calendar/days';
import { acceptEntry } from '../entries/acceptEntry';
import type { Entry } from '../schemas/entry';

/** Why a declaration could not be marked before the gate was asked; the view words each code. */
export type DeclareDateProblem = 'invalid' | 'alreadyDeclared';

/** Refused by the gate every entry passes (after today, before completion, before the last 退回…): its own words. */
export interface GateRefusal {
  ok: false;
  problem: 'refused';
  message: string;
}

export type MarkDeclaredResult = { ok: true; entry: Entry } | { ok: false; problem: DeclareDateProblem } | GateRefusal;

/**
 * The entry declared on `declaredOn`: a returned one keeps its returned round
 * in `previousRounds` (as the form's 重新申报 does) and starts a new review.
 * A date that is not a real day is refused here; the rest (after today, before
 * 2000, before completion, before the last return) is the gate's, in the words
 * the form uses. The stored entry is never touched here.
 */
export function markDeclared(entry: Entry, declaredOn: string, today: string): MarkDeclaredResult {
  if (entry.status !== 'notDeclared' && entry.status !== 'returned') return { ok: false, problem: 'alreadyDeclared' };
  if (!isRealIsoDate(declaredOn)) return { ok: false, problem: 'invalid' };
  const { employerApprovedOn: _e, approvedOn: _a, returnedOn, returnedBy, returnReason, ...rest } = entry;
  const next: Entry = { ...rest, recording: 'declare', status: 'declared', declaredOn };
  if (entry.status === 'returned' && returnedOn !== undefined && returnedBy !== undefined && entry.declaredOn !== undefined) {
    next.previousRounds = [...(entry.previousRounds ?? []), { declaredOn: entry.declaredOn, returnedOn, returnedBy, reason: returnReason ?? '' }];
  }
  // The entry is already stored: marking it adds nothing to the log's count.
  const verdict = acceptEntry(next, { today, stored: 0 });
  if (!verdict.ok) {
    const declaration = verdict.problems.find((problem) => problem.field === 'declaredOn') ?? verdict.problems[0];
    return { ok: false, problem: 'refused', message: declaration?.message ?? '' };
  }
  return { ok: true, entry: verdict.entry };
}
