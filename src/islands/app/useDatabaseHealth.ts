import { useCallback, useEffect, useState } from 'preact/hooks';
import { watchConnection, type ConnectionState } from '../../db/connection';
import type { AppDatabase } from '../../db/database';
import { StorageError, toStorageError } from '../../db/errors';
import type { Persistence } from './logStore';

export interface DatabaseHealth {
  /** Why nothing can be written now, or null. */
  readOnlyReason: string | null;
  /** Another tab upgraded the database: only a reload helps. */
  outdated: boolean;
  blocked: boolean;
  persistence: Persistence;
  requestPersist(): void;
}

/** Opens the database once, and keeps track of what can go wrong with it: a failed open, another tab's upgrade, eviction risk. */
export function useDatabaseHealth(db: AppDatabase): DatabaseHealth {
  const [connection, setConnection] = useState<ConnectionState>({ outdated: false, blocked: false });
  const [openError, setOpenError] = useState<string | null>(null);
  const [persistence, setPersistence] = useState<Persistence>('unknown');

  useEffect(() => {
    watchConnection(db, setConnection);
    db.open().catch((error: unknown) => setOpenError(toStorageError(error).message));
    if (!navigator.storage?.persisted) setPersistence('unsupported');
    else void navigator.storage.persisted().then((granted) => setPersistence(granted ? 'granted' : 'denied'));
    return () => db.close();
  }, [db]);

  const requestPersist = useCallback(() => {
    if (!navigator.storage?.persist) return;
    void navigator.storage.persist().then((granted) => setPersistence(granted ? 'granted' : 'denied'));
  }, []);

  return {
    readOnlyReason: openError ?? (connection.outdated ? new StorageError('outdated').message : null),
    outdated: connection.outdated,
    blocked: connection.blocked,
    persistence,
    requestPersist,
  };
}
