import type { AppDatabase } from './database';
import { isClosedError, StorageError, toStorageError } from './errors';

export interface ConnectionState {
  /** Set once another tab upgraded the database: this page must reload before it writes again. */
  outdated: boolean;
  /** Set while an older tab keeps this page's upgrade waiting. */
  blocked: boolean;
}

const states = new WeakMap<AppDatabase, ConnectionState>();
const fullListeners = new Set<() => void>();

/** Calls `listener` whenever a write is refused for lack of space, so the way out can be shown; returns the unsubscribe. */
export function onStorageFull(listener: () => void): () => void {
  fullListeners.add(listener);
  return () => fullListeners.delete(listener);
}

function reported(error: StorageError): StorageError {
  if (error.code === 'full') for (const listener of fullListeners) listener();
  return error;
}

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
    if (!isClosedError(error) || states.get(db)?.outdated) throw reported(toStorageError(error));
    try {
      await db.open();
      return await write();
    } catch (retryError) {
      throw reported(toStorageError(retryError));
    }
  }
}
