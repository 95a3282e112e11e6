import { sizeInWords } from '../core/text/sizeWords';
import { panelText } from '../i18n/zhCNPanels';

import type { Persistence } from './app/logStore';

interface Props {
  entryCount: number;
  evidenceBytes: number;
  persistence: Persistence;
  onRequestPersist: () => void;
}

/** How much is stored and whether the browser promised to keep it (the space against the quota is SpaceUsage's). */
export function StoragePanel({ entryCount, evidenceBytes, persistence, onRequestPersist }: Props) {
  return (
    <div class="storage">
      <p>{panelText.storageCounts(entryCount, sizeInWords(evidenceBytes))}</p>
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
