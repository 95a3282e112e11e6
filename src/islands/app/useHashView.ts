import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_VIEW, hashOfView, viewFromHash, type LogView } from './views';

/**
 * The open view, kept in the URL hash: a view can be bookmarked or linked
 * (`/log/#summary`), and the browser's back button returns to the previous view.
 */
export function useHashView(): { view: LogView; go(view: LogView): void } {
  const [view, setView] = useState<LogView>(() => viewFromHash(location.hash) ?? DEFAULT_VIEW);
  useEffect(() => {
    // A hash that names no view (the skip link's #main) leaves the open view as it is.
    const onHashChange = () => {
      const named = viewFromHash(location.hash);
      if (named) setView(named);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const go = useCallback((next: LogView) => {
    // A history entry per view, so back returns to the previous one; pushState fires no event of its own.
    if (location.hash !== hashOfView(next)) history.pushState(null, '', hashOfView(next));
    setView(next);
  }, []);
  return { view, go };
}
