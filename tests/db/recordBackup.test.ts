import { afterEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../src/core/backup/readBackup';
import { recordBackupFileName, writeBackup } from '../../src/core/backup/writeBackup';
import { applyBackup, backupOfDeleted } from '../../src/db/backup';
import type { AppDatabase } from '../../src/db/database';
import { getEntry } from '../../src/db/entries';
import { addEntry, deleteEntry } from '../../src/db/entryWrites';
import { addEvidence, evidenceBytes, evidenceOf } from '../../src/db/evidence';
import { largestEvidence, replaceEvidenceBytes } from '../../src/db/largestEvidence';
import { saveProfile } from '../../src/db/profileWrites';
import { loadProfile } from '../../src/db/profile';
import { fileOf, freshDatabase, PNG_BYTES, sampleEntry } from './helpers';

let open: AppDatabase[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});
function fresh() {
  const made = freshDatabase();
  open.push(made.db);
  return made.db;
}

const META = { exportedAt: '2026-03-02T08:00:00.000Z', appVersion: '0.1.0' };

describe('the backup of one deleted record', () => {
  it('is a readable backup that merges the entry and its evidence back, leaving the rest of the device as it is', async () => {
    const db = fresh();
    const kept = sampleEntry({ title: '留着的' });
    const gone = sampleEntry({ title: '删掉的' });
    await saveProfile(db, { name: '王芳' });
    await addEntry(db, kept);
    await addEntry(db, gone);
    await addEvidence(db, gone.id, fileOf('证书.png', PNG_BYTES), 'ev-1');
    const deleted = await deleteEntry(db, gone.id);

    const read = readBackup(writeBackup(backupOfDeleted(deleted, META)));
    if (!read.ok) throw new Error(read.message);
    expect(read.backup.entries.map(({ entry }) => entry)).toEqual([gone]);
    expect(read.backup.evidence.map((item) => item.name)).toEqual(['证书.png']);

    await applyBackup(db, read.backup, 'merge');
    expect(await getEntry(db, gone.id)).toEqual(gone);
    expect(await getEntry(db, kept.id)).toEqual(kept);
    expect((await evidenceOf(db, gone.id)).map((meta) => meta.name)).toEqual(['证书.png']);
    expect(new Uint8Array((await evidenceBytes(db, 'ev-1')) ?? new ArrayBuffer(0))).toEqual(PNG_BYTES);
    expect((await loadProfile(db)).name).toBe('王芳');
  });

  it('is named by its record, with no character a file system refuses', () => {
    expect(recordBackupFileName('医学/护理:新进展?', META.exportedAt)).toBe('学时簿备份-医学_护理_新进展_-2026-03-02.zip');
  });
});

describe('the largest evidence files', () => {
  it('are listed largest first with their entry, and a smaller copy takes a file’s place', async () => {
    const db = fresh();
    const entry = sampleEntry({ title: '继续教育' });
    await addEntry(db, entry);
    const big = new Uint8Array(4000);
    big.set(PNG_BYTES);
    await addEvidence(db, entry.id, fileOf('小.png', PNG_BYTES), 'ev-small');
    await addEvidence(db, entry.id, fileOf('大.png', big), 'ev-big');
    expect((await largestEvidence(db, 5)).map((item) => [item.name, item.size, item.title])).toEqual([
      ['大.png', 4000, '继续教育'],
      ['小.png', PNG_BYTES.byteLength, '继续教育'],
    ]);
    await replaceEvidenceBytes(db, 'ev-big', new Uint8Array(100).buffer, 'image/jpeg');
    expect((await largestEvidence(db, 1)).map((item) => [item.name, item.size, item.type])).toEqual([['大.jpg', 100, 'image/jpeg']]);
    expect((await evidenceBytes(db, 'ev-big'))?.byteLength).toBe(100);
  });
});
