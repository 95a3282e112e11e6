import Dexie, { type EntityTable } from 'dexie';
import type { Entry } from '../core/schemas/entry';
import type { Profile } from '../core/schemas/profile';
import type { EvidenceType } from '../core/evidence/fileType';

/** An entry as stored: the validated entry plus the year it counts in (an index) and timestamps. */
export interface StoredEntry extends Entry {
  /** Year of `endDate`: the year the hours count in. */
  year: number;
  createdAt: string;
  updatedAt: string;
}

/** What is known of an evidence file without loading its bytes. */
export interface EvidenceMeta {
  id: string;
  entryId: string;
  name: string;
  type: EvidenceType;
  size: number;
  addedAt: string;
}

/** The bytes of an evidence file, kept apart so lists and totals never load them. */
export interface EvidenceData {
  id: string;
  data: ArrayBuffer;
}

export interface StoredProfile extends Profile {
  id: 'me';
}

export interface Setting {
  key: string;
  value: unknown;
}

export type AppDatabase = Dexie & {
  entries: EntityTable<StoredEntry, 'id'>;
  evidence: EntityTable<EvidenceMeta, 'id'>;
  evidenceData: EntityTable<EvidenceData, 'id'>;
  profile: EntityTable<StoredProfile, 'id'>;
  settings: EntityTable<Setting, 'key'>;
};

export const DATABASE_NAME = 'xueshibu';

/**
 * Every schema version ever shipped stays declared here, oldest first, so any
 * older database on a user's device upgrades step by step. Add, never edit.
 */
export function declareVersions(db: Dexie): void {
  db.version(1).stores({
    entries: 'id, year, endDate, updatedAt',
    evidence: 'id, entryId',
    evidenceData: 'id',
    profile: 'id',
    settings: 'key',
  });
}

export interface OpenOptions {
  name?: string;
  /** For tests: a fake-indexeddb factory and key range. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export function createDatabase(options: OpenOptions = {}): AppDatabase {
  const { name = DATABASE_NAME, ...backend } = options;
  // 'strict' durability: a write reported done has reached the disk, not just the OS cache.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict', ...backend }) as AppDatabase;
  declareVersions(db);
  return db;
}
