import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '../core/evidence/fileType';
import { panelText } from '../i18n/zhCNPanels';

import type { Persistence } from './app/logStore';

interface Props {
  entryCount: number;
  evidenceBytes: number;
  persistence: Persistence;
  onRequestPersist: () => void;
}

/** How much is stored, whether the browser promised to keep it, and what deletes it. */
export function StoragePanel({ entryCount, evidenceBytes, persistence, onRequestPersist }: Props) {
  const [usage, setUsage] = useState<{ used: number; quota: number } | null>(null);
  useEffect(() => {
    void navigator.storage?.estimate?.().then((estimate) => setUsage({ used: estimate.usage ?? 0, quota: estimate.quota ?? 0 }));
  }, [entryCount, evidenceBytes]);
  return (
    <div class="storage">
      <p>{panelText.storageCounts(entryCount, formatBytes(evidenceBytes))}</p>
      {usage && usage.quota > 0 && <p>{panelText.storageUsage(formatBytes(usage.used), formatBytes(usage.quota))}</p>}
      <p class={`persist persist--${persistence}`}>
        {persistence === 'granted' ? panelText.persisted : persistence === 'unsupported' ? panelText.persistUnknown : panelText.notPersisted}
      </p>
      {(persistence === 'denied' || persistence === 'unknown') && (
        <button type="button" onClick={onRequestPersist}>
          {panelText.requestPersist}
        </button>
      )}
      <p class="note">{panelText.clearWarning}</p>
    </div>
  );
}
