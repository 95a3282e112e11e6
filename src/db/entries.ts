import type { Entry } from '../core/schemas/entry';
import type { AppDatabase, StoredEntry } from './database';

/** Strips the storage-only fields, giving back the entry as the rest of the app knows it. */
export function toEntry(row: StoredEntry): Entry {
  const { year: _year, createdAt: _createdAt, updatedAt: _updatedAt, revision: _revision, ...entry } = row;
  return entry;
}

export async function entriesOfYear(db: AppDatabase, year: number): Promise<Entry[]> {
  return (await db.entries.where('year').equals(year).toArray()).map(toEntry);
}

/** A year's entries with the revision each was last saved at, for forms that must not overwrite a newer save. */
export async function entriesOfYearWithRevisions(db: AppDatabase, year: number): Promise<{ entries: Entry[]; revisions: Map<string, number> }> {
  const rows = await db.entries.where('year').equals(year).toArray();
  return { entries: rows.map(toEntry), revisions: new Map(rows.map((row) => [row.id, row.revision ?? 0])) };
}

export async function getEntry(db: AppDatabase, id: string): Promise<Entry | undefined> {
  const row = await db.entries.get(id);
  return row && toEntry(row);
}

/** Years that have at least one entry, ascending. */
export async function yearsWithEntries(db: AppDatabase): Promise<number[]> {
  return (await db.entries.orderBy('year').uniqueKeys()).map(Number);
}

export async function countEntries(db: AppDatabase): Promise<number> {
  return db.entries.count();
}
