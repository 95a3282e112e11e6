import type { AppDatabase } from './database';
import { isClosedError, StorageError, toStorageError } from './errors';

export interface ConnectionState {
  /** Set once another tab upgraded the database: this page must reload before it writes again. */
  outdated: boolean;
  /** Set while an older tab keeps this page's upgrade waiting. */
  blocked: boolean;
}

const states = new WeakMap<AppDatabase, ConnectionState>();

/**
 * Watches the connection: when another tab needs to upgrade, close so it can,
 * and remember that this page's code is now older than the data.
 */
export function watchConnection(db: AppDatabase, onChange: (state: ConnectionState) => void = () => {}): ConnectionState {
  const state: ConnectionState = states.get(db) ?? { outdated: false, blocked: false };
  states.set(db, state);
  db.on('versionchange', () => {
    state.outdated = true;
    db.close();
    onChange({ ...state });
    return false;
  });
  db.on('blocked', () => {
    state.blocked = true;
    onChange({ ...state });
  });
  db.on('ready', () => {
    if (state.blocked) {
      state.blocked = false;
      onChange({ ...state });
    }
  });
  return state;
}

/**
 * Runs a write. If the browser closed the database under us (memory pressure,
 * storage settings), it reopens once and tries again; a write is never dropped
 * silently. Failures come out as StorageError with a message for the user.
 */
export async function runWrite<T>(db: AppDatabase, write: () => Promise<T>): Promise<T> {
  if (states.get(db)?.outdated) throw new StorageError('outdated');
  try {
    return await write();
  } catch (error) {
    if (!isClosedError(error) || states.get(db)?.outdated) throw toStorageError(error);
    try {
      await db.open();
      return await write();
    } catch (retryError) {
      throw toStorageError(retryError);
    }
  }
}
