import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { EntryMigrationChange, UpgradeRefusal } from '../core/entries/migrateEntry';
import type { Entry } from '../core/schemas/entry';
import type { Profile } from '../core/schemas/profile';
import type { EvidenceMeta } from '../core/evidence/fileType';
import { localDay } from '../core/calendar/localTime';

/** An entry as stored: the validated entry plus the year it counts in (an index) and timestamps. */
export interface StoredEntry extends Entry {
  /** Year of `endDate`: the year the hours count in. */
  year: number;
  createdAt: string;
  updatedAt: string;
  /** Counts the saves of this entry, so a save from a stale form (another tab saved meanwhile) is caught; absent before version 2 means 0. */
  revision?: number;
}

export type { EvidenceMeta };

/** The bytes of an evidence file, kept apart so lists and totals never load them. */
export interface EvidenceData {
  id: string;
  data: ArrayBuffer;
}

/** The key of the one profile row: the log keeps one person's data. */
export const PROFILE_KEY = 'me';

export interface StoredProfile extends Profile {
  id: typeof PROFILE_KEY;
}

export interface Setting {
  key: string;
  value: unknown;
}

export type AppDatabase = Dexie & {
  entries: EntityTable<StoredEntry, 'id'>;
  evidence: EntityTable<EvidenceMeta, 'id'>;
  evidenceData: EntityTable<EvidenceData, 'id'>;
  profile: EntityTable<StoredProfile, 'id'>;
  settings: EntityTable<Setting, 'key'>;
};

export const DATABASE_NAME = 'xueshibu';

/** Settings key of what the last schema upgrade changed, shown to the person once. */
export const MIGRATION_NOTES_KEY = 'migrationNotes';

/**
 * Version 1 → 2: the declaration lifecycle. Offline study stored as
 * platform-recorded becomes 需申报·待申报; missing dates are filled and said so.
 * An entry the entry gate still refuses is kept and named in the note.
 * Runs inside Dexie's upgrade transaction: all entries or none. The rules are
 * fetched only when an upgrade runs (once per device), kept out of the first
 * load; Dexie.waitFor keeps the transaction open meanwhile.
 */
async function upgradeToV2(tx: Transaction): Promise<void> {
  const { migrateEntryV1, MIGRATION_CHANGE_LABELS, refusedOnUpgrade, upgradeRefusalNote } = await Dexie.waitFor(import('../core/entries/migrateEntry'));
  const counts = new Map<EntryMigrationChange, number>();
  // The device's local day, as the app's clock gives it (storage never imports the UI's runtime).
  const today = localDay(new Date());
  const refused: UpgradeRefusal[] = [];
  await tx
    .table('entries')
    .toCollection()
    .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
      const { entry, changes } = migrateEntryV1(row);
      // An entry the gate refuses is kept all the same (an upgrade never loses data) and named in the note.
      const refusal = refusedOnUpgrade(entry, today);
      if (refusal !== undefined) refused.push(refusal);
      if (changes.length === 0 && Object.keys(entry).length === Object.keys(row).length) return;
      for (const change of changes) counts.set(change, (counts.get(change) ?? 0) + 1);
      ref.value = entry;
    });
  if (counts.size > 0 || refused.length > 0) {
    const notes = [...counts].map(([change, count]) => `${count} 条记录${MIGRATION_CHANGE_LABELS[change]}。`);
    if (refused.length > 0) notes.push(upgradeRefusalNote(refused));
    await tx.table('settings').put({ key: MIGRATION_NOTES_KEY, value: notes });
  }
}

/**
 * Every schema version ever shipped stays declared here, oldest first, so any
 * older database on a user's device upgrades step by step. Add, never edit.
 */
export function declareVersions(db: Dexie): void {
  db.version(1).stores({
    entries: 'id, year, endDate, updatedAt',
    evidence: 'id, entryId',
    evidenceData: 'id',
    profile: 'id',
    settings: 'key',
  });
  db.version(2)
    .stores({
      entries: 'id, year, endDate, updatedAt',
      evidence: 'id, entryId',
      evidenceData: 'id',
      profile: 'id',
      settings: 'key',
    })
    .upgrade(upgradeToV2);
}

export interface OpenOptions {
  name?: string;
  /** For tests: a fake-indexeddb factory and key range. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function createDatabase(options: OpenOptions = {}): AppDatabase {
  const { name = DATABASE_NAME, ...backend } = options;
  // 'strict' durability: a write reported done has reached the disk, not just the OS cache.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...backend }) as AppDatabase;
  declareVersions(db);
  return db;
}
