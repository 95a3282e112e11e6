import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { planImport, type ReadFile } from '../../src/core/unit/importPlan';
import { DATABASE_NAME } from '../../src/db/database';
import { createUnitDatabase, UNIT_DATABASE_NAME, type UnitDatabase } from '../../src/db/unit/unitDatabase';
import { clearLedger, readLedger, recordDecision } from '../../src/db/unit/unitLedger';
import { applyImport } from '../../src/db/unit/unitImportWrite';
import { sampleEntry } from './helpers';

let open: UnitDatabase[] = [];
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});
function fresh(): UnitDatabase {
  const db = createUnitDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(db);
  return db;
}

const NOW = '2025-12-02T08:00:00Z';

function handover(fileName: string, name: string, department: string, ids: string[]): ReadFile {
  return { fileName, ok: true, person: { name, department }, entries: ids.map((id) => sampleEntry({ id, endDate: '2025-03-01', startDate: '2025-03-01' })), years: [2025] };
}

describe('the unit ledger', () => {
  it('is a database of its own, apart from the personal log', () => {
    expect(UNIT_DATABASE_NAME).not.toBe(DATABASE_NAME);
  });

  it('imports people and their entries; a second file of the same person updates, never duplicates', async () => {
    const db = fresh();
    await applyImport(db, planImport([handover('a.json', '张三', '内科', ['x', 'y']), handover('b.json', '李四', '外科', ['x'])], [], new Map(), (i) => `p${i}`), NOW);
    let ledger = await readLedger(db);
    expect(ledger.people.map((person) => [person.name, person.entries.length])).toEqual([
      ['张三', 2],
      ['李四', 1],
    ]);
    await applyImport(db, planImport([handover('a2.json', '张三', '内科', ['z'])], ledger.people, new Map(), (i) => `q${i}`), NOW);
    ledger = await readLedger(db);
    expect(ledger.people).toHaveLength(2);
    expect(ledger.people.find((person) => person.name === '张三')?.entries.map((entry) => entry.id)).toEqual(['z']);
    expect(ledger.imports).toBe(2);
  });

  it('writes nothing when the import fails partway', async () => {
    const db = fresh();
    const plan = planImport([handover('a.json', '张三', '内科', ['x'])], [], new Map(), () => 'p0');
    const broken = { ...plan, people: [...plan.people, { personId: undefined as unknown as string, name: '坏' }] };
    await expect(applyImport(db, broken, NOW)).rejects.toBeTruthy();
    const ledger = await readLedger(db);
    expect(ledger.people).toEqual([]);
    expect(ledger.imports).toBe(0);
  });

  it("keeps the unit's decisions and clears everything at once", async () => {
    const db = fresh();
    await applyImport(db, planImport([handover('a.json', '张三', '内科', ['x'])], [], new Map(), () => 'p0'), NOW);
    await recordDecision(db, { personId: 'p0', entryId: 'x', declaredOn: '2025-12-01', decision: 'returned', decidedOn: '2025-12-02', reason: '证明不清晰' }, NOW);
    expect((await readLedger(db)).decisions).toEqual([{ personId: 'p0', entryId: 'x', declaredOn: '2025-12-01', decision: 'returned', decidedOn: '2025-12-02', reason: '证明不清晰' }]);
    await clearLedger(db);
    expect(await readLedger(db)).toEqual({ people: [], decisions: [], imports: 0 });
  });
});
