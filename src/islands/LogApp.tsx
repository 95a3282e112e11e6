import type { AppDatabase } from '../db/database';
import { AppShell } from './app/AppShell';
import { LogContext } from './app/logStore';
import { useDeferredDatabase } from './app/useDeferredDatabase';
import { useLogStore, type LogAppProps } from './app/useLogStore';

/**
 * My hours: the learning log, kept in this browser's IndexedDB, as views over
 * one store with the year's standing always in view. The island's first render
 * is empty (the page's own heading is already on screen); the shell follows
 * once the database exists, then the year's figures once it is read.
 */
export default function LogApp(props: LogAppProps) {
  const db = useDeferredDatabase();
  return db ? <Log db={db} {...props} /> : null;
}

function Log(props: LogAppProps & { db: AppDatabase }) {
  const store = useLogStore(props);
  return (
    <LogContext.Provider value={store}>
      <AppShell />
    </LogContext.Provider>
  );
}
