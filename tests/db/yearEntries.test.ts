import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../../src/db/database';
import { addEntries } from '../../src/db/entryWrites';
import { entriesOfYears } from '../../src/db/yearEntries';
import { freshDatabase, sampleEntry } from './helpers';

let open: AppDatabase[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
  vi.restoreAllMocks();
});

describe('entriesOfYears', () => {
  it('reads each year through the year index, once per year, with an empty list for a year without entries', async () => {
    const { db } = freshDatabase();
    open.push(db);
    const a = sampleEntry({ startDate: '2023-05-01', endDate: '2023-05-01' });
    const b = sampleEntry({ startDate: '2024-12-28', endDate: '2025-01-03' });
    const c = sampleEntry({ startDate: '2025-03-01', endDate: '2025-03-01' });
    await addEntries(db, [a, b, c]);
    const where = vi.spyOn(db.entries, 'where');
    const toArray = vi.spyOn(db.entries, 'toArray');
    const byYear = await entriesOfYears(db, [2023, 2024, 2025]);
    expect(byYear.get(2023)).toEqual([a]);
    expect(byYear.get(2024)).toEqual([]);
    expect(byYear.get(2025)?.map((entry) => entry.id).sort()).toEqual([b.id, c.id].sort());
    expect(where.mock.calls).toEqual([['year'], ['year'], ['year']]);
    expect(toArray).not.toHaveBeenCalled();
  });
});
