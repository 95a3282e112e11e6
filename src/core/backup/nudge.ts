import { daysBetween } from '../calendar/days';
import { stampDay } from '../calendar/stampDay';

export interface NudgeInput {
  lastBackupAt: string | null;
  changesSinceBackup: number;
  entryCount: number;
  /** Whether the browser promised to keep the data (navigator.storage.persist). */
  persisted: boolean;
  today: string;
}

/** After this many changes or days, a backup is suggested. */
export const NUDGE_AFTER_CHANGES = 20;
export const NUDGE_AFTER_DAYS = 30;

/** Why a backup should be made now, in Chinese, or null when none is due. */
export function backupNudge({ lastBackupAt, changesSinceBackup, entryCount, persisted, today }: NudgeInput): string | null {
  if (entryCount === 0) return null;
  if (lastBackupAt === null) return '还没有备份过。记录只保存在这台设备的浏览器里，建议现在导出一份备份。';
  if (changesSinceBackup >= NUDGE_AFTER_CHANGES) return `上次备份后已有 ${changesSinceBackup} 处修改，建议再备份一次。`;
  const days = daysBetween(stampDay(lastBackupAt), today);
  if (days >= NUDGE_AFTER_DAYS) return `已有 ${days} 天没有备份，建议再备份一次。`;
  if (!persisted && changesSinceBackup > 0) return '浏览器没有答应保留这些记录，手机空间不足时可能被自动删掉；上次备份后有新的修改，建议再备份一次。';
  return null;
}
