import { afterEach, describe, expect, it } from 'vitest';
import { onStorageFull } from '../../src/db/connection';
import { backupStatus } from '../../src/db/backupStatus';
import type { AppDatabase } from '../../src/db/database';
import { addEntry, deleteEntry, restoreEntry } from '../../src/db/entryWrites';
import { getEntry } from '../../src/db/entries';
import { addEvidence, evidenceBytes, evidenceOf, removeEvidence } from '../../src/db/evidence';
import { fillDevice } from './fullDevice';
import { fileOf, freshDatabase, PNG_BYTES, sampleEntry } from './helpers';

let open: AppDatabase[] = [];
let full: ReturnType<typeof fillDevice> | null = null;
afterEach(() => {
  full?.free();
  full = null;
  for (const db of open) db.close();
  open = [];
});

async function entryWithEvidence() {
  const { db } = freshDatabase();
  open.push(db);
  const entry = sampleEntry();
  await addEntry(db, entry);
  await addEvidence(db, entry.id, fileOf('证书.png', PNG_BYTES), 'ev-1');
  return { db, entry };
}

describe('a full device', () => {
  it('still deletes an entry with its evidence, and the deletion needs no new space', async () => {
    const { db, entry } = await entryWithEvidence();
    const before = (await backupStatus(db)).changesSinceBackup;
    full = fillDevice();
    const deleted = await deleteEntry(db, entry.id);
    expect(deleted.entry.id).toBe(entry.id);
    expect(deleted.evidenceData).toHaveLength(1);
    expect(await getEntry(db, entry.id)).toBeUndefined();
    expect(await db.evidence.count()).toBe(0);
    expect(await db.evidenceData.count()).toBe(0);
    // Only the backup counter, written afterwards on its own, asked for space; its refusal did not undo the deletion.
    expect(full.refusedIn).toEqual(['settings']);
    expect((await backupStatus(db)).changesSinceBackup).toBe(before);
  });

  it('counts the deletion toward the backup reminder when there is space', async () => {
    const { db, entry } = await entryWithEvidence();
    const before = (await backupStatus(db)).changesSinceBackup;
    await deleteEntry(db, entry.id);
    expect((await backupStatus(db)).changesSinceBackup).toBe(before + 1);
  });

  it('still removes one evidence file', async () => {
    const { db, entry } = await entryWithEvidence();
    full = fillDevice();
    await removeEvidence(db, 'ev-1');
    expect(await evidenceOf(db, entry.id)).toEqual([]);
    expect(full.refusedIn).toEqual([]);
  });

  it('refuses an undo it has no room for as "full", changing nothing, and the same undo works once space is freed', async () => {
    const { db, entry } = await entryWithEvidence();
    const deleted = await deleteEntry(db, entry.id);
    full = fillDevice();
    await expect(restoreEntry(db, deleted)).rejects.toMatchObject({ code: 'full' });
    full.free();
    expect(await getEntry(db, entry.id)).toBeUndefined();
    expect(await db.evidence.count()).toBe(0);
    await restoreEntry(db, deleted);
    expect(await getEntry(db, entry.id)).toEqual(entry);
    expect(new Uint8Array((await evidenceBytes(db, 'ev-1')) ?? new ArrayBuffer(0))).toEqual(PNG_BYTES);
  });

  it('tells whoever listens when a write is refused for space, and not when a deletion goes through', async () => {
    const { db, entry } = await entryWithEvidence();
    let told = 0;
    const stop = onStorageFull(() => (told += 1));
    full = fillDevice();
    await removeEvidence(db, 'ev-1');
    expect(told).toBe(0);
    await expect(addEntry(db, sampleEntry())).rejects.toMatchObject({ code: 'full' });
    expect(told).toBe(1);
    stop();
    await expect(addEvidence(db, entry.id, fileOf('又一张.png', PNG_BYTES), 'ev-2')).rejects.toMatchObject({ code: 'full' });
    expect(told).toBe(1);
  });
});
