import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { syntheticEntries } from '../../bench/syntheticEntries';
import { yearOf } from '../../src/core/calendar/days';
import { evaluateYear } from '../../src/core/rules/evaluateYear';
import { FUTURE_DATE_MESSAGES } from '../../src/core/entries/acceptEntry';
import { entrySchema } from '../../src/core/schemas/entry';
import { createDatabase, MIGRATION_NOTES_KEY } from '../../src/db/database';
import { readLogState } from '../../src/db/logState';
import { dismissMigrationNotes } from '../../src/db/migrationNotes';
import { CALENDAR, RULE_2025 } from '../helpers/engine';

/** A database exactly as version 1 of the app left it. */
async function versionOneDatabase(rows: Record<string, unknown>[]) {
  const factory = new IDBFactory();
  const old = new Dexie('upgrade-test', { indexedDB: factory, IDBKeyRange });
  old.version(1).stores({ entries: 'id, year, endDate, updatedAt', evidence: 'id, entryId', evidenceData: 'id', profile: 'id', settings: 'key' });
  await old.table('entries').bulkAdd(rows);
  old.close();
  return factory;
}

describe('schema version 1 → 2 on open', () => {
  it('keeps every one of 10,000 entries, makes offline study 需申报, and tells the person once', async () => {
    const stamp = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
    const valid = syntheticEntries(9_990, 2025).map((entry) => ({ ...entry, year: yearOf(entry.endDate), ...stamp }));
    // Version 1 let any way be platform-recorded; these ten are 线下面授 counted as credited.
    const offline = Array.from({ length: 10 }, (_, index) => ({
      id: `offline-${index}`,
      title: `线下讲座 ${index}`,
      kind: 'public',
      way: 'inPerson',
      startDate: '2025-04-01',
      endDate: '2025-04-01',
      hoursTenths: 30,
      recording: 'platform',
      status: 'notDeclared',
      year: 2025,
      ...stamp,
    }));
    const factory = await versionOneDatabase([...valid, ...offline]);

    const db = createDatabase({ name: 'upgrade-test', indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    const rows = await db.entries.toArray();
    expect(rows).toHaveLength(10_000);
    expect(rows.every((row) => entrySchema.safeParse(row).success)).toBe(true);
    expect(rows.reduce((sum, row) => sum + row.hoursTenths, 0)).toBe([...valid, ...offline].reduce((sum, row) => sum + row.hoursTenths, 0));
    const moved = await db.entries.where('id').startsWith('offline-').toArray();
    expect(moved.every((row) => row.recording === 'declare' && row.status === 'notDeclared' && row.title.startsWith('线下讲座'))).toBe(true);

    const report = evaluateYear(RULE_2025, rows.filter((row) => row.year === 2025), { asOf: '2025-11-27', calendar: CALENDAR });
    expect(report.public.notDeclaredTenths).toBeGreaterThanOrEqual(300);

    const state = await readLogState(db, 2025);
    expect(state.migrationNotes).toEqual(['10 条记录不是在线学习，却记为“平台学习入口自动记录”：已改为“需申报·待申报”，不再计入已计入学时。']);
    await dismissMigrationNotes(db);
    expect((await readLogState(db, 2025)).migrationNotes).toEqual([]);
    expect(await db.settings.get(MIGRATION_NOTES_KEY)).toBeUndefined();
    db.close();
  });

  it('says nothing when no entry needed a change', async () => {
    const factory = await versionOneDatabase([]);
    const db = createDatabase({ name: 'upgrade-test', indexedDB: factory, IDBKeyRange });
    expect((await readLogState(db, 2025)).migrationNotes).toEqual([]);
    db.close();
  });

  it('keeps an entry the entry gate refuses (a completion after today, a declaration before 2000) and names it in the note', async () => {
    const stamp = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };
    const base = { kind: 'professional', way: 'training', hoursTenths: 80, recording: 'declare', ...stamp };
    const future = { ...base, id: 'future', title: '还没学完的课', startDate: '2099-03-01', endDate: '2099-03-02', status: 'notDeclared', year: 2099 };
    const early = { ...base, id: 'early', title: '旧课程', startDate: '2000-01-01', endDate: '2000-01-01', status: 'declared', declaredOn: '1999-12-31', year: 2000 };
    const factory = await versionOneDatabase([future, early]);
    const db = createDatabase({ name: 'upgrade-test', indexedDB: factory, IDBKeyRange });
    await db.open();
    const rows = await db.entries.toArray();
    expect(rows.map((row) => row.id).sort()).toEqual(['early', 'future']);
    expect(rows.find((row) => row.id === 'future')?.endDate).toBe('2099-03-02');
    const notes = (await readLogState(db, 2025)).migrationNotes;
    const kept = notes.find((note) => note.includes('已原样保留'));
    expect(kept).toContain(`“还没学完的课”：${FUTURE_DATE_MESSAGES.endDate}`);
    // The migration moves a declaration before completion to the completion date, so the early one passes the gate and is said as moved.
    expect(notes.some((note) => note.includes('申报日期早于完成日期'))).toBe(true);
    db.close();
  });
});
