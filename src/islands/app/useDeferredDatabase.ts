import { useEffect, useState } from 'preact/hooks';
import { createDatabase, type AppDatabase } from '../../db/database';
import { nextTask } from '../runtime/nextTask';

/**
 * The log's database: null on the first render, created after the first paint
 * (declaring its schema is a few milliseconds of Dexie's work) and handed over
 * in the task after that, so creating it and drawing the shell are two short
 * tasks instead of one long one. useDatabaseHealth opens and closes it.
 */
export function useDeferredDatabase(): AppDatabase | null {
  const [db, setDb] = useState<AppDatabase | null>(null);
  useEffect(() => {
    const created = createDatabase();
    const cancel = nextTask(() => setDb(created));
    return () => {
      cancel();
      created.close();
    };
  }, []);
  return db;
}
