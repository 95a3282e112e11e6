import { useEffect, useState } from 'preact/hooks';
import { offlineText as t } from '../../i18n/offline';
import type { OfflineDatasetHolder, OfflineFilesState } from '../../pwa/offlineState';

/** The page script records the worker's answer a few seconds after load; until then, look again now and then. */
const LOOK_AGAIN_MS = 1000;

const recorded = (): OfflineFilesState | undefined => (document.documentElement as OfflineDatasetHolder).dataset.offlineFiles;

/** Whether the log will open and make a PDF without a network; silent where no service worker runs. */
export function OfflineReadyLine() {
  const [state, setState] = useState(recorded);
  useEffect(() => {
    if (state === 'ready') return undefined;
    const timer = window.setInterval(() => setState(recorded()), LOOK_AGAIN_MS);
    return () => window.clearInterval(timer);
  }, [state]);
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return null;
  const text = state === 'ready' ? t.ready : state === 'failed' ? t.failed : t.preparing;
  return (
    <p class="field__hint offline-ready" role="status">
      {text}
    </p>
  );
}
