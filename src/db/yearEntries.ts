import type { Entry } from '../core/schemas/entry';
import type { AppDatabase } from './database';
import { entriesOfYear } from './entries';

/**
 * The entries of each of `years`, one index query per year (`year` is an
 * index), read in one transaction so the years agree with each other.
 */
export function entriesOfYears(db: AppDatabase, years: readonly number[]): Promise<Map<number, Entry[]>> {
  return db.transaction('r', db.entries, async () => {
    const lists = await Promise.all(years.map((year) => entriesOfYear(db, year)));
    return new Map(years.map((year, index) => [year, lists[index] ?? []]));
  });
}
