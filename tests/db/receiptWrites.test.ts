import { afterEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/schemas/entry';
import { buildReceipt, planReceipt } from '../../src/core/unit/receiptFormat';
import { backupStatus } from '../../src/db/backupStatus';
import type { AppDatabase } from '../../src/db/database';
import { getEntry } from '../../src/db/entries';
import { addEntries, updateEntries, updateEntry } from '../../src/db/entryWrites';
import { StorageError } from '../../src/db/errors';
import { evidenceWithData, handoverSource } from '../../src/db/handoverData';
import { addEvidence } from '../../src/db/evidence';
import { saveProfile } from '../../src/db/profileWrites';
import { fileOf, freshDatabase, PNG_BYTES, sampleEntry } from './helpers';

let open: AppDatabase[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});
function fresh(): AppDatabase {
  const { db } = freshDatabase();
  open.push(db);
  return db;
}

const declared = (id: string): Entry =>
  sampleEntry({ id, kind: 'professional', way: 'training', recording: 'declare', status: 'declared', declaredOn: '2025-12-01', startDate: '2025-03-01', endDate: '2025-03-02' });

function receiptFor(decisions: Parameters<typeof buildReceipt>[1]) {
  const built = buildReceipt({ name: '王喆' }, decisions, { appVersion: '0.1.0' }, { exportedAt: '2025-12-05T02:00:00.000Z', today: '2025-12-05' });
  if (!built.ok) throw new Error(built.message);
  return built.file;
}

describe('updateEntries (a 回执 applied)', () => {
  it('writes every planned change in one transaction, counting one change for the backup reminder', async () => {
    const db = fresh();
    await addEntries(db, [declared('a'), declared('b')]);
    const before = (await backupStatus(db)).changesSinceBackup;
    const receipt = receiptFor([
      { entryId: 'a', declaredOn: '2025-12-01', decision: 'returned', decidedOn: '2025-12-03', reason: '证书不清晰' },
      { entryId: 'b', declaredOn: '2025-12-01', decision: 'approved', decidedOn: '2025-12-04' },
    ]);
    const plan = planReceipt(receipt, [declared('a'), declared('b')], { today: '2025-12-05' });
    expect(plan.changes).toHaveLength(2);
    await updateEntries(db, plan.changes);
    expect(await getEntry(db, 'a')).toMatchObject({ status: 'returned', returnedBy: 'employer', returnReason: '证书不清晰', returnedOn: '2025-12-03' });
    expect(await getEntry(db, 'b')).toMatchObject({ status: 'employerApproved', employerApprovedOn: '2025-12-04' });
    expect((await db.entries.get('a'))?.revision).toBe(2);
    expect((await backupStatus(db)).changesSinceBackup).toBe(before + 1);
  });

  it('writes nothing when one entry changed since the plan (another tab)', async () => {
    const db = fresh();
    await addEntries(db, [declared('a'), declared('b')]);
    const receipt = receiptFor([
      { entryId: 'a', declaredOn: '2025-12-01', decision: 'approved', decidedOn: '2025-12-03' },
      { entryId: 'b', declaredOn: '2025-12-01', decision: 'approved', decidedOn: '2025-12-03' },
    ]);
    const plan = planReceipt(receipt, [declared('a'), declared('b')], { today: '2025-12-05' });
    await updateEntry(db, { ...declared('b'), title: '改过的名称' });
    await expect(updateEntries(db, plan.changes)).rejects.toMatchObject({ code: 'conflict' });
    expect(await getEntry(db, 'a')).toMatchObject({ status: 'declared' });
    expect(await getEntry(db, 'b')).toMatchObject({ status: 'declared', title: '改过的名称' });
  });

  it('writes nothing when one entry was deleted meanwhile', async () => {
    const db = fresh();
    await addEntries(db, [declared('a')]);
    await expect(updateEntries(db, [{ before: declared('a'), after: declared('a') }, { before: declared('gone'), after: declared('gone') }])).rejects.toBeInstanceOf(StorageError);
    expect((await db.entries.get('a'))?.revision).toBe(1);
  });

  it('refuses an entry the schema refuses before opening a transaction', async () => {
    const db = fresh();
    await addEntries(db, [declared('a')]);
    await expect(updateEntries(db, [{ before: declared('a'), after: { ...declared('a'), hoursTenths: -5 } }])).rejects.toMatchObject({ code: 'invalid' });
    expect(await getEntry(db, 'a')).toMatchObject({ hoursTenths: 60 });
  });
});

describe('what a 导出给单位 file is made from', () => {
  it('reads the profile with its unit fields, every entry and the evidence list; bytes only when asked', async () => {
    const db = fresh();
    await saveProfile(db, { name: '王喆', staffNumber: 'A-1024', idNumber: '41010219800101123X', department: '心内科' });
    await addEntries(db, [declared('a'), sampleEntry({ id: 'old', startDate: '2024-01-01', endDate: '2024-01-01' })]);
    await addEvidence(db, 'a', fileOf('证书.png', PNG_BYTES), 'ev-1');
    const source = await handoverSource(db);
    expect(source.profile).toEqual({ name: '王喆', staffNumber: 'A-1024', idNumber: '41010219800101123X', department: '心内科' });
    expect(source.entries.map((entry) => entry.id).sort()).toEqual(['a', 'old']);
    expect(source.evidence).toHaveLength(1);
    const [file] = await evidenceWithData(db, source.evidence);
    expect(file?.data).toEqual(PNG_BYTES);
  });
});
