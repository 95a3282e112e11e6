import { AppShell } from './app/AppShell';
import { LogContext } from './app/logStore';
import { useLogStore, type LogAppProps } from './app/useLogStore';

/** My hours: the learning log, kept in this browser's IndexedDB, as views over one store with the year's standing always in view. */
export default function LogApp(props: LogAppProps) {
  const store = useLogStore(props);
  return (
    <LogContext.Provider value={store}>
      <AppShell />
    </LogContext.Provider>
  );
}
