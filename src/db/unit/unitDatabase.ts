import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Entry } from '../../core/schemas/entry';
import type { UnitDecisionRecord } from '../../core/unit/pendingReviews';
import type { LedgerPerson } from '../../core/unit/importPlan';

/**
 * The unit's ledger (/unit/): many people's entries, kept in a database of its
 * own, apart from the personal log's ('xueshibu'), so a person who is also the
 * unit's 继续教育管理员 never mixes their own hours with the staff's.
 */
export const UNIT_DATABASE_NAME = 'xueshibu-unit';

export interface StoredPerson extends LedgerPerson {
  updatedAt: string;
}

/** An entry of one person: the entry, whose it is, and the year it counts in (an index). */
export interface StoredUnitEntry extends Entry {
  personId: string;
  year: number;
}

/** One import: when, and what each file did. */
export interface StoredImport {
  id?: number;
  importedAt: string;
  files: { fileName: string; personId: string; outcome: 'new' | 'update' }[];
}

export type StoredDecision = UnitDecisionRecord & { recordedAt: string };

export type UnitDatabase = Dexie & {
  people: EntityTable<StoredPerson, 'personId'>;
  entries: Table<StoredUnitEntry, [string, string]>;
  imports: EntityTable<StoredImport, 'id'>;
  decisions: Table<StoredDecision, [string, string]>;
};

/** Every schema version ever shipped, oldest first. Add, never edit. */
export function declareUnitVersions(db: Dexie): void {
  db.version(1).stores({
    people: 'personId, name, department',
    entries: '[personId+id], personId, [personId+year]',
    imports: '++id, importedAt',
    decisions: '[personId+entryId], personId',
  });
}

export interface UnitOpenOptions {
  name?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function createUnitDatabase(options: UnitOpenOptions = {}): UnitDatabase {
  const { name = UNIT_DATABASE_NAME, ...backend } = options;
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...backend }) as UnitDatabase;
  declareUnitVersions(db);
  return db;
}
