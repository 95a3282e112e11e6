import { countedYear } from '../../core/entries/countedYear';
import { replacedEntries, type ImportPlan } from '../../core/unit/importPlan';
import { toStorageError } from '../errors';
import type { UnitDatabase } from './unitDatabase';
import { asEntry } from './unitLedger';

// Apart from unitLedger.ts: the import's write path loads with the import preview, not with the page.
/** Writes a whole import in one transaction: every file's person and entries, or nothing. */
export async function applyImport(db: UnitDatabase, plan: ImportPlan, now: string): Promise<void> {
  try {
    await db.transaction('rw', [db.people, db.entries, db.imports], async () => {
      for (const person of plan.people) {
        const current = (await db.entries.where('personId').equals(person.personId).toArray()).map(asEntry);
        const mine = plan.replacements.filter((replacement) => replacement.personId === person.personId);
        const next = replacedEntries(current, mine);
        await db.entries.where('personId').equals(person.personId).delete();
        await db.entries.bulkPut(next.map((entry) => ({ ...entry, personId: person.personId, year: countedYear(entry) })));
        await db.people.put({ ...person, updatedAt: now });
      }
      await db.imports.add({
        importedAt: now,
        files: plan.items.flatMap((item) => (item.outcome === 'new' || item.outcome === 'update' ? [{ fileName: item.fileName, personId: item.personId, outcome: item.outcome }] : [])),
      });
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

