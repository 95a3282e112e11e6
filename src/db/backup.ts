import { countedYear } from '../core/entries/countedYear';
import type { Backup } from '../core/backup/readBackup';
import type { Entry } from '../core/schemas/entry';
import { MAX_ENTRIES } from '../core/limits';
import { runWrite } from './connection';
import { StorageError } from './errors';
import { PROFILE_KEY, type AppDatabase } from './database';
import { toEntry } from './entries';
import type { DeletedEntry } from './entryWrites';

/** Everything on the device, in the shape a backup holds. */
export async function snapshotForBackup(db: AppDatabase, meta: { exportedAt: string; appVersion: string }): Promise<Backup> {
  return db.transaction('r', [db.entries, db.evidence, db.evidenceData, db.profile], async () => {
    const [rows, evidence, data, profileRow] = await Promise.all([db.entries.toArray(), db.evidence.toArray(), db.evidenceData.toArray(), db.profile.get(PROFILE_KEY)]);
    const bytes = new Map(data.map((item) => [item.id, new Uint8Array(item.data)]));
    const { id: _id, ...profile } = profileRow ?? { id: PROFILE_KEY };
    return {
      ...meta,
      profile,
      entries: rows.map((row) => ({ entry: toEntry(row), createdAt: row.createdAt, updatedAt: row.updatedAt })),
      evidence: evidence.flatMap((item) => {
        const content = bytes.get(item.id);
        return content ? [{ ...item, data: content }] : [];
      }),
    };
  });
}

/**
 * A backup of one deleted entry with its evidence, for a record an undo could
 * not put back: the same file format, so 从备份恢复 can merge it in later. It
 * carries no profile, so a merge leaves the device's own as it is.
 */
export function backupOfDeleted(deleted: DeletedEntry, meta: { exportedAt: string; appVersion: string }): Backup {
  const bytes = new Map(deleted.evidenceData.map((item) => [item.id, new Uint8Array(item.data)]));
  return {
    ...meta,
    profile: {},
    entries: [{ entry: toEntry(deleted.entry), createdAt: deleted.entry.createdAt, updatedAt: deleted.entry.updatedAt }],
    evidence: deleted.evidence.flatMap((item) => {
      const content = bytes.get(item.id);
      return content ? [{ ...item, data: content }] : [];
    }),
  };
}

export async function allEntries(db: AppDatabase): Promise<Entry[]> {
  return (await db.entries.toArray()).map(toEntry);
}

/** Ids of the evidence on the device, for the restore preview. */
export async function evidenceIds(db: AppDatabase): Promise<Set<string>> {
  return new Set(await db.evidence.toCollection().primaryKeys());
}

/**
 * Writes a checked backup in one transaction: all of it or, if anything
 * fails (quota, a closed database), none of it. `replace` clears the log first.
 * `merge` never changes a record already on the device: entries it holds are
 * skipped, and incoming evidence whose id is taken is stored under a new id.
 */
export async function applyBackup(db: AppDatabase, incoming: Backup, mode: 'merge' | 'replace', newId: () => string = () => crypto.randomUUID()): Promise<void> {
  await runWrite(db, () =>
    db.transaction('rw', [db.entries, db.evidence, db.evidenceData, db.profile], async () => {
      let backup = incoming;
      if (mode === 'replace') {
        await Promise.all([db.entries.clear(), db.evidence.clear(), db.evidenceData.clear(), db.profile.clear()]);
      } else {
        const [entryKeys, evidenceKeys] = await Promise.all([db.entries.toCollection().primaryKeys(), db.evidence.toCollection().primaryKeys()]);
        const entriesHere = new Set<string>(entryKeys);
        const evidenceHere = new Set<string>(evidenceKeys);
        const entries = incoming.entries.filter(({ entry }) => !entriesHere.has(entry.id));
        if (entriesHere.size + entries.length > MAX_ENTRIES) throw new StorageError('tooMany');
        const kept = new Set(entries.map(({ entry }) => entry.id));
        const evidence = incoming.evidence.filter((item) => kept.has(item.entryId)).map((item) => (evidenceHere.has(item.id) ? { ...item, id: newId() } : item));
        backup = { ...incoming, entries, evidence };
      }
      await db.entries.bulkPut(backup.entries.map(({ entry, createdAt, updatedAt }) => ({ ...entry, year: countedYear(entry), createdAt, updatedAt })));
      await db.evidence.bulkPut(backup.evidence.map(({ data: _data, ...meta }) => meta));
      // Copy into a buffer of exactly the file's bytes: a view into the zip must not store the whole archive.
      await db.evidenceData.bulkPut(backup.evidence.map((item) => ({ id: item.id, data: item.data.slice().buffer })));
      const current = await db.profile.get(PROFILE_KEY);
      const hasProfile = current !== undefined && Object.keys(current).some((key) => key !== 'id');
      if (mode === 'replace' || !hasProfile) await db.profile.put({ ...backup.profile, id: PROFILE_KEY });
    }),
  );
}

// The backup's status is read with the first view; it lives apart so the rest of this module loads on intent.
export { backupStatus, countChange, recordBackup, type BackupStatus } from './backupStatus';
