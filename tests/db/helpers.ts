import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDatabase, type AppDatabase } from '../../src/db/database';
import type { Entry } from '../../src/core/schemas/entry';

let counter = 0;

/** A fresh database on its own in-memory IndexedDB, so tests never share state. */
export function freshDatabase(): { db: AppDatabase; factory: IDBFactory; name: string } {
  const factory = new IDBFactory();
  counter += 1;
  const name = `test-${counter}`;
  return { db: createDatabase({ name, indexedDB: factory, IDBKeyRange }), factory, name };
}

export function sampleEntry(overrides: Partial<Entry> = {}): Entry {
  counter += 1;
  return {
    id: `entry-${counter}`,
    title: '数字技术应用',
    kind: 'public',
    way: 'onlineStudy',
    startDate: '2025-03-01',
    endDate: '2025-03-01',
    hoursTenths: 60,
    recording: 'platform',
    status: 'notDeclared',
    ...overrides,
  };
}

/** The smallest valid PNG header, enough for the type check. */
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

export function fileOf(name: string, bytes: Uint8Array, size = bytes.byteLength) {
  return { name, size, arrayBuffer: async () => bytes.slice().buffer };
}
