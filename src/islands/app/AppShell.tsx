import { Banners } from './Banners';
import { useLog } from './logStore';
import { StatusStrip } from './StatusStrip';
import { ViewNav } from './ViewNav';
import { ActiveView } from './ActiveView';

/** The log as an app: the year's standing on top, the open view, and the navigation within the thumb's reach. */
export function AppShell() {
  const { view } = useLog();
  return (
    <div class="log-app" data-view={view}>
      <Banners />
      <StatusStrip />
      <ViewNav />
      <ActiveView />
    </div>
  );
}
