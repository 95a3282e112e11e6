import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { shellText } from '../../i18n/shell';
import { lazy } from '../runtime/lazy';
import { ProgressView } from '../views/ProgressView';
import { useLog } from './logStore';
import { LOG_VIEWS, type LogView } from './views';

// Only the open view is rendered, and every view but the first is fetched when first opened.
const VIEWS: Record<LogView, FunctionComponent> = {
  progress: ProgressView,
  entries: lazy(() => import('../views/EntriesView').then((module) => module.EntriesView), shellText.views.entries),
  declare: lazy(() => import('../views/DeclareView').then((module) => module.DeclareView), shellText.views.declare),
  summary: lazy(() => import('../views/SummaryTableView').then((module) => module.SummaryTableView), shellText.views.summary),
  data: lazy(() => import('../views/DataView').then((module) => module.DataView), shellText.views.data),
};

/**
 * The open view, and every view opened before it kept as it was (hidden): an
 * import preview, a half-typed field or the list's page survive a look at
 * another view. A view is first rendered when first opened.
 */
export function ActiveView() {
  const { view } = useLog();
  const [opened, setOpened] = useState<readonly LogView[]>([view]);
  useEffect(() => {
    if (!opened.includes(view)) setOpened((current) => [...current, view]);
  }, [view]);
  const shown = opened.includes(view) ? opened : [...opened, view];
  return (
    <>
      {LOG_VIEWS.filter((name) => shown.includes(name)).map((name) => {
        const View = VIEWS[name];
        return (
          <div key={name} class="log-view" id={`view-${name}`} hidden={name !== view}>
            <View />
          </div>
        );
      })}
    </>
  );
}
