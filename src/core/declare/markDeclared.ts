import { isRealIsoDate } from '../calendar/days';
import { entrySchema, type Entry } from '../schemas/entry';

/** Why a declaration date was refused; the view words each code. */
export type DeclareDateProblem = 'invalid' | 'beforeCompletion' | 'beforeReturn' | 'future' | 'alreadyDeclared';

export type MarkDeclaredResult = { ok: true; entry: Entry } | { ok: false; problem: DeclareDateProblem };

/**
 * The entry declared on `declaredOn`: a returned one keeps its returned round
 * in `previousRounds` (as the form's 重新申报 does) and starts a new review.
 * Refuses a date that is not a real day, before completion, before the last
 * return or after today; the stored entry is never touched here.
 */
export function markDeclared(entry: Entry, declaredOn: string, today: string): MarkDeclaredResult {
  if (entry.status !== 'notDeclared' && entry.status !== 'returned') return { ok: false, problem: 'alreadyDeclared' };
  if (!isRealIsoDate(declaredOn)) return { ok: false, problem: 'invalid' };
  if (declaredOn > today) return { ok: false, problem: 'future' };
  if (declaredOn < entry.endDate) return { ok: false, problem: 'beforeCompletion' };
  const { employerApprovedOn: _e, approvedOn: _a, returnedOn, returnedBy, returnReason, ...rest } = entry;
  const next: Entry = { ...rest, recording: 'declare', status: 'declared', declaredOn };
  if (entry.status === 'returned' && returnedOn !== undefined && returnedBy !== undefined && entry.declaredOn !== undefined) {
    if (declaredOn < returnedOn) return { ok: false, problem: 'beforeReturn' };
    next.previousRounds = [...(entry.previousRounds ?? []), { declaredOn: entry.declaredOn, returnedOn, returnedBy, reason: returnReason ?? '' }];
  }
  const checked = entrySchema.safeParse(next);
  if (!checked.success) return { ok: false, problem: 'invalid' };
  return { ok: true, entry: checked.data };
}
