import { runWrite } from './connection';
import type { AppDatabase } from './database';

const LAST_BACKUP = 'lastBackupAt';
const CHANGES = 'changesSinceBackup';

export interface BackupStatus {
  lastBackupAt: string | null;
  changesSinceBackup: number;
}

export async function backupStatus(db: AppDatabase): Promise<BackupStatus> {
  const [last, changes] = await Promise.all([db.settings.get(LAST_BACKUP), db.settings.get(CHANGES)]);
  return {
    lastBackupAt: typeof last?.value === 'string' ? last.value : null,
    changesSinceBackup: typeof changes?.value === 'number' ? changes.value : 0,
  };
}

export async function recordBackup(db: AppDatabase, at: string): Promise<void> {
  await runWrite(db, () => db.settings.bulkPut([{ key: LAST_BACKUP, value: at }, { key: CHANGES, value: 0 }]));
}

/** Counts a change to the log since the last backup; called inside the write's own transaction. */
export async function countChange(db: AppDatabase): Promise<void> {
  const current = await db.settings.get(CHANGES);
  await db.settings.put({ key: CHANGES, value: (typeof current?.value === 'number' ? current.value : 0) + 1 });
}
