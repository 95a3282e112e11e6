import type { Entry } from '../../core/schemas/entry';
import type { LedgerPerson } from '../../core/unit/importPlan';
import type { UnitDecisionRecord } from '../../core/unit/pendingReviews';
import type { UnitPerson } from '../../core/unit/unitRows';
import { toStorageError } from '../errors';
import type { StoredDecision, StoredUnitEntry, UnitDatabase } from './unitDatabase';

export interface Ledger {
  people: (UnitPerson & LedgerPerson)[];
  decisions: UnitDecisionRecord[];
  imports: number;
}

export function asEntry(row: StoredUnitEntry): Entry {
  const { personId: _personId, year: _year, ...entry } = row;
  return entry;
}

/** Everyone in the ledger with their entries, and the unit's recorded decisions. */
export async function readLedger(db: UnitDatabase): Promise<Ledger> {
  return db.transaction('r', [db.people, db.entries, db.decisions, db.imports], async () => {
    const [people, entries, decisions, imports] = await Promise.all([db.people.toArray(), db.entries.toArray(), db.decisions.toArray(), db.imports.count()]);
    const byPerson = new Map<string, Entry[]>();
    for (const row of entries) {
      const list = byPerson.get(row.personId);
      if (list === undefined) byPerson.set(row.personId, [asEntry(row)]);
      else list.push(asEntry(row));
    }
    return {
      people: people.map(({ updatedAt: _updatedAt, ...person }) => ({ ...person, entries: byPerson.get(person.personId) ?? [] })),
      decisions: decisions.map(({ recordedAt: _recordedAt, ...decision }) => decision),
      imports,
    };
  });
}

/** Keeps the unit's own record of its decision on one declaration (replacing an earlier one for that entry). */
export async function recordDecision(db: UnitDatabase, decision: UnitDecisionRecord, now: string): Promise<void> {
  try {
    const row: StoredDecision = { ...decision, recordedAt: now };
    await db.decisions.put(row);
  } catch (error) {
    throw toStorageError(error);
  }
}

/** 清除本机台账: every person, entry, import and decision of the ledger, in one transaction. */
export async function clearLedger(db: UnitDatabase): Promise<void> {
  try {
    await db.transaction('rw', [db.people, db.entries, db.imports, db.decisions], async () => {
      await Promise.all([db.people.clear(), db.entries.clear(), db.imports.clear(), db.decisions.clear()]);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
