import type { Entry } from '../core/schemas/entry';
import type { Profile } from '../core/schemas/profile';
import { backupStatus, type BackupStatus } from './backupStatus';
import { MIGRATION_NOTES_KEY, type AppDatabase } from './database';
import { countEntries, entriesOfYearWithRevisions, yearsWithEntries } from './entries';
import { evidenceCounts, totalEvidenceSize } from './evidenceStats';
import { loadProfile } from './profile';

/** Everything the log page shows for a year, read in one transaction. */
export interface LogState {
  entries: Entry[];
  /** The revision each of the year's entries was last saved at. */
  revisions: Map<string, number>;
  years: number[];
  evidenceCounts: Map<string, number>;
  entryCount: number;
  evidenceBytes: number;
  profile: Profile;
  backup: BackupStatus;
  /** What the last schema upgrade changed, until the person dismisses it. */
  migrationNotes: string[];
}

/**
 * One consistent read for the whole page: as a single live query it re-runs
 * once per change and the page renders once, instead of once per table.
 */
export function readLogState(db: AppDatabase, year: number): Promise<LogState> {
  return db.transaction('r', [db.entries, db.evidence, db.profile, db.settings], async () => {
    const [{ entries, revisions }, years, counts, entryCount, evidenceBytes, profile, backup, notes] = await Promise.all([
      entriesOfYearWithRevisions(db, year),
      yearsWithEntries(db),
      evidenceCounts(db),
      countEntries(db),
      totalEvidenceSize(db),
      loadProfile(db),
      backupStatus(db),
      db.settings.get(MIGRATION_NOTES_KEY),
    ]);
    const migrationNotes = Array.isArray(notes?.value) ? notes.value.filter((note): note is string => typeof note === 'string') : [];
    return { entries, revisions, years, evidenceCounts: counts, entryCount, evidenceBytes, profile, backup, migrationNotes };
  });
}
