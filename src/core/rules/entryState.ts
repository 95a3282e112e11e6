import type { Entry } from '../schemas/entry';
import { lateNotCounted, mayBePlatformRecorded, RECORDING_LABELS, STATUS_LABELS } from '../vocabulary';
import type { HoursState } from './report';

/** The fields of an entry that decide where its hours stand. */
export type StateEntry = Pick<Entry, 'way' | 'recording' | 'status' | 'declaredOn'>;

/**
 * Where an entry's hours stand for the year they count in. Only online study
 * through the platform's 学习入口 is credited without a declaration (s2-3); a
 * declaration after the year's deadline is not counted in that year (s2-3:
 * 完成…学时申报 by the deadline, 不得结转或顺延). `declareBy` is null under a
 * rule with no deadline.
 */
export function hoursState(entry: StateEntry, declareBy: string | null): HoursState {
  if (entry.recording === 'platform') return mayBePlatformRecorded(entry.way) ? 'credited' : 'notDeclared';
  if (entry.status === 'notDeclared') return 'notDeclared';
  if (declareBy !== null && entry.declaredOn !== undefined && entry.declaredOn > declareBy) return 'late';
  switch (entry.status) {
    case 'approved':
      return 'credited';
    case 'declared':
    case 'employerApproved':
      return 'pending';
    case 'returned':
      return 'returned';
  }
}

/** The words for an entry's state wherever one entry is shown (list, summary table, spreadsheet). */
export function entryStateLabel(entry: StateEntry, declareBy: string | null, year: number): string {
  if (hoursState(entry, declareBy) === 'late') return `逾期申报，${lateNotCounted(year)}`;
  if (entry.recording === 'platform' && mayBePlatformRecorded(entry.way)) return RECORDING_LABELS.platform;
  return STATUS_LABELS[entry.status];
}
