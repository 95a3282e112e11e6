import type { Entry } from '../core/schemas/entry';
import type { AppDatabase, StoredEntry } from './database';

/** Strips the storage-only fields, giving back the entry as the rest of the app knows it. */
export function toEntry(row: StoredEntry): Entry {
  const { year: _year, createdAt: _createdAt, updatedAt: _updatedAt, ...entry } = row;
  return entry;
}

export async function entriesOfYear(db: AppDatabase, year: number): Promise<Entry[]> {
  return (await db.entries.where('year').equals(year).toArray()).map(toEntry);
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
