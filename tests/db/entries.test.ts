import Dexie from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { watchConnection } from '../../src/db/connection';
import type { AppDatabase } from '../../src/db/database';
import { entriesOfYear, getEntry, yearsWithEntries } from '../../src/db/entries';
import { addEntries, addEntry, deleteEntry, restoreEntry, updateEntry } from '../../src/db/entryWrites';
import { EntryConflictError, StorageError } from '../../src/db/errors';
import { addEvidence, evidenceBytes, evidenceOf, totalEvidenceSize } from '../../src/db/evidence';
import { loadProfile } from '../../src/db/profile';
import { saveProfile } from '../../src/db/profileWrites';
import { fileOf, freshDatabase, PNG_BYTES, sampleEntry } from './helpers';
import { syntheticEntries } from '../../bench/syntheticEntries';
import { MAX_ENTRIES } from '../../src/core/limits';

let open: AppDatabase[] = [];
afterEach(async () => {
  for (const db of open) db.close();
  open = [];
});
function fresh() {
  const made = freshDatabase();
  open.push(made.db);
  return made;
}

describe('entries repository', () => {
  it('stores an entry under the year it ends in and reads it back as it was', async () => {
    const { db } = fresh();
    const entry = sampleEntry({ startDate: '2024-12-28', endDate: '2025-01-03' });
    await addEntry(db, entry);
    expect(await entriesOfYear(db, 2025)).toEqual([entry]);
    expect(await entriesOfYear(db, 2024)).toEqual([]);
    expect(await yearsWithEntries(db)).toEqual([2025]);
  });

  it('refuses an invalid entry with the schema’s Chinese message and stores nothing', async () => {
    const { db } = fresh();
    await expect(addEntry(db, sampleEntry({ hoursTenths: 0 }))).rejects.toMatchObject({ code: 'invalid', message: '学时须大于 0' });
    await expect(addEntry(db, sampleEntry({ kind: 'professional' }))).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.entries.count()).toBe(0);
  });

  it('updates an entry, moving it to another year when its end date changes', async () => {
    const { db } = fresh();
    const entry = sampleEntry();
    await addEntry(db, entry);
    await updateEntry(db, { ...entry, endDate: '2026-01-02', startDate: '2026-01-02', title: '改名' });
    expect(await entriesOfYear(db, 2025)).toEqual([]);
    expect((await entriesOfYear(db, 2026))[0]?.title).toBe('改名');
  });

  it('refuses to update an entry deleted meanwhile instead of recreating it', async () => {
    const { db } = fresh();
    await expect(updateEntry(db, sampleEntry())).rejects.toMatchObject({ code: 'missing' });
    expect(await db.entries.count()).toBe(0);
  });

  it('deletes an entry with its evidence, and undo restores both exactly', async () => {
    const { db } = fresh();
    const entry = sampleEntry();
    await addEntry(db, entry);
    await addEvidence(db, entry.id, fileOf('证书.png', PNG_BYTES), 'ev-1');
    const deleted = await deleteEntry(db, entry.id);
    expect(await getEntry(db, entry.id)).toBeUndefined();
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceData.count()).toBe(0);
    await restoreEntry(db, deleted);
    expect(await getEntry(db, entry.id)).toEqual(entry);
    expect(await evidenceOf(db, entry.id)).toEqual(deleted.evidence);
    expect(new Uint8Array((await evidenceBytes(db, 'ev-1')) ?? new ArrayBuffer(0))).toEqual(PNG_BYTES);
  });

  it('adds many entries all or nothing', async () => {
    const { db } = fresh();
    const first = sampleEntry();
    await expect(addEntries(db, [first, sampleEntry(), { ...first }])).rejects.toBeInstanceOf(StorageError);
    expect(await db.entries.count()).toBe(0);
    await expect(addEntries(db, [sampleEntry(), sampleEntry({ title: '' })])).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.entries.count()).toBe(0);
    expect(await addEntries(db, [sampleEntry(), sampleEntry()])).toBe(2);
  });
});

describe('evidence repository', () => {
  it('keeps an image with its entry and counts its size', async () => {
    const { db } = fresh();
    const entry = sampleEntry();
    await addEntry(db, entry);
    const meta = await addEvidence(db, entry.id, fileOf('photo.jpg', PNG_BYTES), 'ev-1');
    expect(meta).toMatchObject({ entryId: entry.id, name: 'photo.jpg', type: 'image/png', size: PNG_BYTES.byteLength });
    expect(await totalEvidenceSize(db)).toBe(PNG_BYTES.byteLength);
  });

  it.each([
    ['a 30 MB photo', fileOf('big.jpg', PNG_BYTES, 30 * 1024 * 1024), '不能超过 10 兆字节'],
    ['a text file named .jpg', fileOf('fake.jpg', new TextEncoder().encode('hello, not an image')), '不是本站能读取的图片或 PDF 文件'],
    ['an empty file', fileOf('empty.png', new Uint8Array(0)), '空文件'],
  ])('refuses %s with a Chinese message and stores nothing', async (_label, file, message) => {
    const { db } = fresh();
    const entry = sampleEntry();
    await addEntry(db, entry);
    await expect(addEvidence(db, entry.id, file, 'ev-x')).rejects.toThrow(message);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceData.count()).toBe(0);
  });

  it('refuses evidence for an entry that does not exist', async () => {
    const { db } = fresh();
    await expect(addEvidence(db, 'nobody', fileOf('a.png', PNG_BYTES), 'ev-1')).rejects.toMatchObject({ code: 'missing' });
    expect(await db.evidenceData.count()).toBe(0);
  });
});

describe('profile repository', () => {
  it('starts empty, saves trimmed fields and drops blanks', async () => {
    const { db } = fresh();
    expect(await loadProfile(db)).toEqual({});
    await saveProfile(db, { name: ' 王喆 ', employer: '', phone: '0371-12345678' });
    expect(await loadProfile(db)).toEqual({ name: '王喆', phone: '0371-12345678' });
  });

  it('refuses a phone number with letters and keeps the old profile', async () => {
    const { db } = fresh();
    await saveProfile(db, { name: '李华' });
    await expect(saveProfile(db, { name: '李华', phone: 'call me' })).rejects.toMatchObject({ code: 'invalid' });
    expect(await loadProfile(db)).toEqual({ name: '李华' });
  });
});

describe('connection faults', () => {
  it('a database closed under us is reopened and the write goes through', async () => {
    const { db } = fresh();
    watchConnection(db);
    await db.open();
    db.close();
    const entry = sampleEntry();
    await addEntry(db, entry);
    expect(await getEntry(db, entry.id)).toEqual(entry);
  });

  it('a quota error is reported as storage full and nothing is written', async () => {
    const { db } = fresh();
    const entry = sampleEntry();
    await addEntry(db, entry);
    db.entries.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(addEntry(db, sampleEntry())).rejects.toMatchObject({ code: 'full', message: expect.stringContaining('存储空间已满') });
    expect(await db.entries.count()).toBe(1);
  });

  it('when another tab upgrades the database, this page stops writing and says why', async () => {
    const { db, factory, name } = fresh();
    const changes: boolean[] = [];
    watchConnection(db, (state) => changes.push(state.outdated));
    await db.open();
    const newer = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    newer.version(2).stores({ entries: 'id, year, endDate, updatedAt, kind' });
    await newer.open();
    expect(changes).toEqual([true]);
    await expect(addEntry(db, sampleEntry())).rejects.toMatchObject({ code: 'outdated' });
    newer.close();
  });
});

describe('two tabs saving the same entry', () => {
  it('refuses a save from a stale form with the stored version inside, and stores nothing', async () => {
    const { db } = freshDatabase();
    const entry = sampleEntry({ hoursTenths: 40 });
    await addEntry(db, entry);
    // Both tabs open the form at revision 1; tab B saves first.
    await updateEntry(db, { ...entry, hoursTenths: 90 }, { baseRevision: 1 });
    const stale = updateEntry(db, { ...entry, notes: '补充说明' }, { baseRevision: 1 });
    await expect(stale).rejects.toMatchObject({ code: 'conflict', revision: 2, current: { hoursTenths: 90 } });
    await expect(stale).rejects.toBeInstanceOf(EntryConflictError);
    expect(await getEntry(db, entry.id)).toMatchObject({ hoursTenths: 90 });
    expect((await getEntry(db, entry.id))?.notes).toBeUndefined();
    // Having seen the newer version, the person may save over it.
    await updateEntry(db, { ...entry, hoursTenths: 90, notes: '补充说明' }, { baseRevision: 2 });
    expect(await getEntry(db, entry.id)).toMatchObject({ hoursTenths: 90, notes: '补充说明' });
  });

  it('counts a version 1 row without a revision as revision 0', async () => {
    const { db } = freshDatabase();
    const entry = sampleEntry();
    await db.entries.add({ ...entry, year: 2025, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' });
    await updateEntry(db, { ...entry, hoursTenths: 70 }, { baseRevision: 0 });
    expect((await db.entries.get(entry.id))?.revision).toBe(1);
  });
});

describe('the log’s size limit', () => {
  it(`holds ${MAX_ENTRIES} entries and refuses one more, with a Chinese message, storing nothing`, async () => {
    const { db } = freshDatabase();
    const full = syntheticEntries(MAX_ENTRIES, 2025);
    await addEntries(db, full);
    expect(await db.entries.count()).toBe(MAX_ENTRIES);
    await expect(addEntry(db, sampleEntry())).rejects.toMatchObject({ code: 'tooMany', message: expect.stringContaining(`最多保存 ${MAX_ENTRIES} 条记录`) });
    await expect(addEntries(db, [sampleEntry(), sampleEntry()])).rejects.toMatchObject({ code: 'tooMany' });
    expect(await db.entries.count()).toBe(MAX_ENTRIES);
  }, 60_000);
});
