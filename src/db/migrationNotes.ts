import { runWrite } from './connection';
import { MIGRATION_NOTES_KEY, type AppDatabase } from './database';

/** The person has read what the upgrade changed: it is not shown again. */
export async function dismissMigrationNotes(db: AppDatabase): Promise<void> {
  await runWrite(db, () => db.settings.delete(MIGRATION_NOTES_KEY));
}
