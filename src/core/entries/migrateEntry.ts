import { mayBePlatformRecorded } from '../vocabulary';
import { acceptEntry, problemsText } from './acceptEntry';

/**
 * What changed when an entry written by an older version was brought up to
 * the current rules. The person is told once, by entry.
 */
export type EntryMigrationChange =
  /** Not online study, yet stored as recorded by the platform: it must be declared (s2-3). */
  | 'platformToDeclare'
  /** A review result without a declaration date (or a date the review needs): filled from the nearest date known. */
  | 'datesFilled'
  /** Declared before it was completed: the declaration date moved to the completion date. */
  | 'declaredOnMoved'
  /** Returned without a reason. */
  | 'returnReasonFilled';

export const MIGRATION_CHANGE_LABELS: Record<EntryMigrationChange, string> = {
  platformToDeclare: '不是在线学习，却记为“平台学习入口自动记录”：已改为“需申报·待申报”，不再计入已计入学时',
  datesFilled: '有审核结果但缺少申报或审核日期：已暂按记录中最接近的日期填写，请核对',
  declaredOnMoved: '申报日期早于完成日期：已改为完成日期，请核对',
  returnReasonFilled: '被退回但没有退回原因：已填“（未记录原因）”，请补充',
};

const UNRECORDED_REASON = '（未记录原因）';

type Raw = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const earliest = (...dates: (string | undefined)[]): string | undefined => dates.filter((date): date is string => date !== undefined).sort()[0];

/**
 * Brings an entry of schema version 1 (stored before the declaration
 * lifecycle) to version 2. Pure; never drops the entry, its hours or its
 * text. Returns the entry unchanged (and no changes) when it already fits.
 */
export function migrateEntryV1(input: Raw): { entry: Raw; changes: EntryMigrationChange[] } {
  const entry: Raw = { ...input };
  const changes: EntryMigrationChange[] = [];
  const endDate = str(entry['endDate']);
  if (entry['recording'] === 'platform' && !mayBePlatformRecorded(String(entry['way']))) {
    entry['recording'] = 'declare';
    entry['status'] = 'notDeclared';
    changes.push('platformToDeclare');
  }
  if (entry['recording'] === 'platform' || entry['status'] === 'notDeclared') {
    for (const field of ['declaredOn', 'employerApprovedOn', 'approvedOn', 'returnedOn']) delete entry[field];
    return { entry, changes };
  }
  const status = entry['status'];
  let declaredOn = str(entry['declaredOn']);
  let employerApprovedOn = str(entry['employerApprovedOn']);
  let approvedOn = str(entry['approvedOn']);
  let returnedOn = str(entry['returnedOn']);
  let filled = false;
  if (declaredOn === undefined) {
    declaredOn = earliest(employerApprovedOn, approvedOn, returnedOn) ?? endDate;
    filled = true;
  }
  if (declaredOn !== undefined && endDate !== undefined && declaredOn < endDate) {
    declaredOn = endDate;
    changes.push('declaredOnMoved');
  }
  const notBefore = (date: string | undefined) => (date !== undefined && declaredOn !== undefined && date < declaredOn ? declaredOn : date);
  employerApprovedOn = notBefore(employerApprovedOn);
  approvedOn = notBefore(approvedOn);
  returnedOn = notBefore(returnedOn);
  if (status === 'employerApproved' && employerApprovedOn === undefined) {
    employerApprovedOn = declaredOn;
    filled = true;
  }
  if (status === 'approved' && approvedOn === undefined) {
    approvedOn = employerApprovedOn ?? declaredOn;
    filled = true;
  }
  if (approvedOn !== undefined && employerApprovedOn !== undefined && approvedOn < employerApprovedOn) approvedOn = employerApprovedOn;
  if (status === 'returned') {
    if (returnedOn === undefined) {
      returnedOn = declaredOn;
      filled = true;
    }
    entry['returnedBy'] ??= employerApprovedOn === undefined ? 'employer' : 'authority';
    if (str(entry['returnReason']) === undefined) {
      entry['returnReason'] = UNRECORDED_REASON;
      changes.push('returnReasonFilled');
    }
  }
  if (filled) changes.push('datesFilled');
  const set = (field: string, value: string | undefined) => {
    if (value === undefined) delete entry[field];
    else entry[field] = value;
  };
  set('declaredOn', declaredOn);
  set('employerApprovedOn', status === 'employerApproved' || status === 'approved' || (status === 'returned' && employerApprovedOn !== undefined) ? employerApprovedOn : undefined);
  set('approvedOn', status === 'approved' ? approvedOn : undefined);
  set('returnedOn', status === 'returned' ? returnedOn : undefined);
  return { entry, changes };
}

/** An upgraded entry the gate still refuses: kept as it is, and said. */
export interface UpgradeRefusal {
  title: string;
  message: string;
}

/**
 * Asks the entry gate about an entry just brought up to the current rules. An
 * entry it refuses (a date after today, a declaration before 2000…) is never
 * dropped by an upgrade: the caller keeps it and tells the person, who can
 * correct it in the form. Undefined when the gate accepts it.
 */
export function refusedOnUpgrade(entry: Raw, today: string): UpgradeRefusal | undefined {
  // The entry is already stored: it adds nothing to the log's count.
  const verdict = acceptEntry(entry, { today, stored: 0 });
  if (verdict.ok) return undefined;
  return { title: typeof entry['title'] === 'string' ? entry['title'] : '', message: problemsText(verdict.problems) };
}

/** The note about entries kept through an upgrade although the gate refuses them (the first five named). */
export function upgradeRefusalNote(refused: readonly UpgradeRefusal[]): string {
  const named = refused.slice(0, 5).map((item) => `“${item.title}”：${item.message}`);
  const more = refused.length > named.length ? `；另有 ${refused.length - named.length} 条` : '';
  return `${refused.length} 条记录不符合现在的规则，已原样保留（没有删除），请在“记录”中打开修改：${named.join('；')}${more}。`;
}
