import { countedYear } from '../core/entries/countedYear';
import { entrySchema, type Entry } from '../core/schemas/entry';
import { MAX_ENTRIES } from '../core/limits';
import { runWrite } from './connection';
import type { AppDatabase, EvidenceData, EvidenceMeta, StoredEntry } from './database';
import { countChange } from './backupStatus';
import { EntryConflictError, StorageError } from './errors';
import { toEntry } from './entries';
import { writePreparedEvidence, type PreparedEvidence } from './evidence';

/** Validates at the boundary: nothing reaches IndexedDB that the shared schema refuses. */
function validated(entry: Entry): Entry {
  const result = entrySchema.safeParse(entry);
  if (!result.success) throw new StorageError('invalid', result.error.issues[0]?.message ?? '数据无效，没有保存。');
  return result.data;
}

function stored(entry: Entry, createdAt: string, updatedAt: string, revision = 1): StoredEntry {
  return { ...entry, year: countedYear(entry), createdAt, updatedAt, revision };
}

/** Refuses, inside the write's transaction, a write that would take the log past MAX_ENTRIES. */
export async function ensureRoomFor(db: AppDatabase, added: number): Promise<void> {
  if (added > 0 && (await db.entries.count()) + added > MAX_ENTRIES) throw new StorageError('tooMany');
}

/** Adds an entry, with the certificate read for it when there is one: both are stored, or neither. */
export async function addEntry(db: AppDatabase, entry: Entry, evidence: readonly PreparedEvidence[] = []): Promise<StoredEntry> {
  const now = new Date().toISOString();
  const row = stored(validated(entry), now, now);
  await runWrite(db, () =>
    db.transaction('rw', [db.entries, db.settings, db.evidence, db.evidenceData], async () => {
      await ensureRoomFor(db, 1);
      await db.entries.add(row);
      await writePreparedEvidence(db, evidence);
      await countChange(db);
    }),
  );
  return row;
}

/**
 * Replaces an entry; refuses if it was deleted meanwhile (another tab), rather
 * than recreating it. With `baseRevision` (the revision the form was opened
 * on), refuses with an EntryConflictError, the stored version inside, when
 * another save came in between: a newer record is never overwritten unasked.
 */
export async function updateEntry(db: AppDatabase, entry: Entry, options: { baseRevision?: number | undefined; evidence?: readonly PreparedEvidence[] } = {}): Promise<StoredEntry> {
  const valid = validated(entry);
  return runWrite(db, () =>
    db.transaction('rw', [db.entries, db.settings, db.evidence, db.evidenceData], async () => {
      const existing = await db.entries.get(valid.id);
      if (!existing) throw new StorageError('missing');
      const revision = existing.revision ?? 0;
      if (options.baseRevision !== undefined && options.baseRevision !== revision) throw new EntryConflictError(toEntry(existing), revision);
      const row = stored(valid, existing.createdAt, new Date().toISOString(), revision + 1);
      await db.entries.put(row);
      await writePreparedEvidence(db, options.evidence ?? []);
      await countChange(db);
      return row;
    }),
  );
}

/** Everything a deletion removed, so it can be undone exactly. */
export interface DeletedEntry {
  entry: StoredEntry;
  evidence: EvidenceMeta[];
  evidenceData: EvidenceData[];
}

/**
 * Deletes an entry with its evidence in one transaction and returns what was
 * removed. The transaction only deletes, so it goes through on a full device;
 * the backup counter, which needs new space, is bumped afterwards on its own
 * and a failure there leaves the deletion done.
 */
export async function deleteEntry(db: AppDatabase, id: string): Promise<DeletedEntry> {
  const deleted = await runWrite(db, () =>
    db.transaction('rw', [db.entries, db.evidence, db.evidenceData], async () => {
      const entry = await db.entries.get(id);
      if (!entry) throw new StorageError('missing');
      const evidence = await db.evidence.where('entryId').equals(id).toArray();
      const ids = evidence.map((item) => item.id);
      const evidenceData = (await db.evidenceData.bulkGet(ids)).filter((item): item is EvidenceData => item !== undefined);
      await db.evidenceData.bulkDelete(ids);
      await db.evidence.bulkDelete(ids);
      await db.entries.delete(id);
      return { entry, evidence, evidenceData };
    }),
  );
  await countChangeAfter(db);
  return deleted;
}

/** Counts a change in its own transaction; on a full device the count waits, the change it follows stands. */
async function countChangeAfter(db: AppDatabase): Promise<void> {
  try {
    await db.transaction('rw', db.settings, () => countChange(db));
  } catch {
    // The counter only drives the backup reminder; the deletion must not be reported as failed for it.
  }
}

/** Puts a deleted entry and its evidence back, all or nothing. */
export async function restoreEntry(db: AppDatabase, deleted: DeletedEntry): Promise<void> {
  await runWrite(db, () =>
    db.transaction('rw', db.entries, db.evidence, db.evidenceData, async () => {
      await ensureRoomFor(db, 1);
      await db.entries.add(deleted.entry);
      await db.evidence.bulkAdd(deleted.evidence);
      await db.evidenceData.bulkAdd(deleted.evidenceData);
    }),
  );
}

/** Adds many entries in one transaction: all are validated first, and either all are stored or none. */
export async function addEntries(db: AppDatabase, entries: readonly Entry[]): Promise<number> {
  const now = new Date().toISOString();
  const rows = entries.map((entry) => stored(validated(entry), now, now));
  await runWrite(db, () =>
    db.transaction('rw', db.entries, db.settings, async () => {
      await ensureRoomFor(db, rows.length);
      await db.entries.bulkAdd(rows);
      await countChange(db);
    }),
  );
  return rows.length;
}

/** One entry to replace, with the version it was planned from. */
export interface PlannedUpdate {
  /** The entry as it was read when the change was planned. */
  before: Entry;
  /** The entry as it is to be stored. */
  after: Entry;
}

/** Plain data in one key order, so two reads of the same entry compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => [key, canonical(item)]),
  );
}

const sameEntry = (a: Entry, b: Entry) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * Replaces several entries in one transaction (a 回执's decisions): each is
 * validated first, and all are stored or none. An entry deleted meanwhile, or
 * changed since the change was planned (another tab), refuses the whole write
 * rather than overwriting the newer record.
 */
export async function updateEntries(db: AppDatabase, updates: readonly PlannedUpdate[]): Promise<number> {
  const rows = updates.map((update) => ({ before: update.before, after: validated(update.after) }));
  await runWrite(db, () =>
    db.transaction('rw', db.entries, db.settings, async () => {
      const now = new Date().toISOString();
      const existing = await db.entries.bulkGet(rows.map((row) => row.after.id));
      const replaced = rows.map((row, index) => {
        const found = existing[index];
        if (!found) throw new StorageError('missing');
        if (!sameEntry(toEntry(found), row.before)) throw new StorageError('conflict');
        return stored(row.after, found.createdAt, now, (found.revision ?? 0) + 1);
      });
      await db.entries.bulkPut(replaced);
      if (replaced.length > 0) await countChange(db);
    }),
  );
  return rows.length;
}
